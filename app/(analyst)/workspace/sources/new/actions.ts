'use server';

import { formAction } from '@/lib/form-action';
import { readForm } from '@/lib/form-data';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { invalidateTrackerFromAction } from '@/lib/data/shared/cache';
import { findStoredText, importSource } from '@/lib/data/workspace/source-import';
import { type DuplicateDto } from '@/lib/data/shared/source-versions';
import { echo, failed, invalid, type FormState } from '@/lib/form-state';
import { decodeFile, formatOfFileName } from '@/lib/import/decode';
import { finalizeImportText } from '@/lib/import/final-text';
import { prepareImport, type PreparedImport } from '@/lib/import/prepare';
import { requireRole } from '@/lib/session';
import { importSourceSchema, prepareImportSchema } from '@/lib/validation/sources';

export interface PreparedImportDto extends PreparedImport {
  /** Where the text came from, for the preview's caption. */
  origin: {
    kind: 'pasted' | 'file';
    fileName: string | null;
    encoding: string | null;
    format: string;
  };
  /** The text as it would be saved with every proposed line trimmed is stored already. */
  storedAlready: DuplicateDto | null;
}

export interface ImportFormState extends FormState {
  prepared?: PreparedImportDto;
  duplicateOf?: DuplicateDto;
}

const FORMAT_NAMES = { text: 'plain text', html: 'HTML', markdown: 'Markdown' } as const;

/** Step one: the pasted or uploaded text, normalised, with guesses; nothing is stored. */
export const prepareImportAction = formAction(async function prepareImportAction(
  _previous: ImportFormState,
  formData: FormData,
): Promise<ImportFormState> {
  const actor = await requireRole('ANALYST');
  const parsed = prepareImportSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, echo(formData));
  const { file, text, pastedFormat } = parsed.data;

  let raw = text;
  let format = pastedFormat;
  let origin: PreparedImportDto['origin'] = {
    kind: 'pasted',
    fileName: null,
    encoding: null,
    format: FORMAT_NAMES[pastedFormat],
  };
  if (file) {
    format = formatOfFileName(file.name) ?? 'text';
    const decoded = decodeFile(new Uint8Array(await file.arrayBuffer()), format);
    raw = decoded.text;
    origin = {
      kind: 'file',
      fileName: file.name,
      encoding: decoded.encoding,
      format: FORMAT_NAMES[format],
    };
  }
  const prepared = prepareImport(raw, format, { referenceDate: new Date() });
  if (prepared.text.length === 0) {
    return failed(
      'No text was found in what you gave.',
      {
        [file ? 'file' : 'text']: [
          'No readable text found. Check the file, or paste the article text.',
        ],
      },
      echo(formData),
    );
  }
  const proposed = finalizeImportText(
    prepared.text,
    prepared.boilerplate.map((line) => line.line),
  );
  return {
    ok: true,
    prepared: { ...prepared, origin, storedAlready: await findStoredText(actor, proposed) },
    values: echo(formData),
  };
});

/** Step two: the previewed text and its metadata become a source with version 1. */
export const importSourceAction = formAction(
  async function importSourceAction(
    _previous: ImportFormState,
    formData: FormData,
  ): Promise<ImportFormState> {
    const actor = await requireRole('ANALYST');
    const values = echo(formData, { omit: ['text', 'trim'] });
    const parsed = importSourceSchema.safeParse(readForm(formData, ['trim']));
    if (!parsed.success) return invalid(parsed.error, undefined, values);
    const result = await importSource(actor, parsed.data);
    if (!result.ok) {
      return {
        ...failed(
          result.message,
          result.field ? { [result.field]: [result.message] } : undefined,
          values,
        ),
        duplicateOf: result.duplicateOf,
      };
    }
    invalidateTrackerFromAction();
    revalidatePath('/workspace', 'layout');
    redirect(`/workspace/sources/${result.value.id}?imported=1`);
  },
  { values: (formData) => echo(formData, { omit: ['text', 'trim'] }) },
);
