'use server';

import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { action, type FormActionFn } from '@/lib/actions';
import { getPresidency } from '@/lib/data/public/tracker';
import { findStoredText, importSource } from '@/lib/data/workspace/source-import';
import { type DuplicateDto } from '@/lib/data/shared/source-versions';
import { echo, type FormState } from '@/lib/form-state';
import { decodeFile, formatOfFileName } from '@/lib/import/decode';
import { finalizeImportText } from '@/lib/import/final-text';
import { prepareImport, type PreparedImport } from '@/lib/import/prepare';
import type { SessionUser } from '@/lib/session';
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
async function prepare(
  actor: SessionUser,
  { file, text, pastedFormat }: z.output<typeof prepareImportSchema>,
) {
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
  const presidency = await getPresidency();
  const prepared = prepareImport(raw, format, {
    referenceDate: new Date(),
    period: presidency && { start: presidency.periodStart, end: presidency.periodEnd },
  });
  if (prepared.text.length === 0) {
    return {
      ok: false as const,
      message: 'No text was found in what you gave.',
      fieldErrors: {
        [file ? 'file' : 'text']: [
          'No readable text found. Check the file, or paste the article text.',
        ],
      },
    };
  }
  const proposed = finalizeImportText(
    prepared.text,
    prepared.boilerplate.map((line) => line.line),
  );
  const storedAlready = await findStoredText(actor, proposed);
  return { ok: true as const, value: { ...prepared, origin, storedAlready } };
}

export const prepareImportAction: FormActionFn<ImportFormState> = action({
  role: 'ANALYST',
  schema: prepareImportSchema,
  run: prepare,
  changes: 'nothing',
  done: (prepared, _input, formData) => ({ ok: true, prepared, values: echo(formData) }),
});

/** Step two: the previewed text and its metadata become a source with version 1. */
export const importSourceAction: FormActionFn<ImportFormState> = action({
  role: 'ANALYST',
  schema: importSourceSchema,
  arrays: ['trim'],
  // The text may be long: the form keeps it itself.
  values: (formData) => echo(formData, { omit: ['text', 'trim'] }),
  run: importSource,
  changes: 'tracker',
  // A duplicate is said once, next to the text with a link to the stored copy;
  // the top of the form only points there (issue 11: it was said three times).
  refusal: (result) =>
    result.duplicateOf
      ? {
          duplicateOf: result.duplicateOf,
          message: 'Nothing was saved: this text is stored already (see the text below).',
        }
      : {},
  done: (value) => redirect(`/workspace/sources/${value.id}?imported=1`),
});
