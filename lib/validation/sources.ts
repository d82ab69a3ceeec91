// Shared by the import and revision forms (client) and their actions (server).
import { z } from 'zod';
import type { OutletType, SourceProvenance } from '@/lib/generated/prisma/enums';
import { MAX_DB_INT } from '@/lib/validation/numbers';
import { isIsoDate } from '@/lib/validation/days';
import { text } from '@/lib/validation/text';

/** An upload; with the text field, within the body limit of server actions (lib/body-limit.js). */
export const MAX_UPLOAD_BYTES = 900_000;
export const MAX_TEXT_LENGTH = 400_000;

export const OUTLET_TYPE_CODES = [
  'OFFICIAL',
  'STATE_MEDIA',
  'INDEPENDENT',
  'FOREIGN',
  'OTHER',
] as const satisfies readonly OutletType[];
export const PASTED_FORMATS = [
  { code: 'text', label: 'Plain text' },
  { code: 'html', label: 'HTML' },
  { code: 'markdown', label: 'Markdown' },
] as const;

const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('')])
  .optional()
  .transform((value) => value === 'on' || value === 'true');

const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((value) => (value ? value : null));

export const isoDateSchema = text()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.')
  .refine(isIsoDate, 'This date does not exist.')
  .refine(
    (value) => value >= '1990-01-01' && value <= '2100-12-31',
    'Enter a date between 1990 and 2100.',
  );

export const prepareImportSchema = z
  .object({
    text: text()
      .max(MAX_TEXT_LENGTH, `Paste at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters.`)
      .default(''),
    pastedFormat: z.enum(['text', 'html', 'markdown']).default('text'),
    file: z
      .instanceof(File)
      .optional()
      .transform((file) => (file && file.size > 0 ? file : undefined)),
  })
  .superRefine((value, context) => {
    if (!value.file && value.text.trim() === '') {
      context.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'Paste the article text, or upload a file.',
      });
    }
    if (value.file) {
      if (!/\.(txt|text|html?|xhtml|md|markdown)$/i.test(value.file.name)) {
        context.addIssue({
          code: 'custom',
          path: ['file'],
          message: 'Upload a .txt, .html or .md file.',
        });
      } else if (value.file.size > MAX_UPLOAD_BYTES) {
        context.addIssue({
          code: 'custom',
          path: ['file'],
          message: `The file is larger than ${Math.round(MAX_UPLOAD_BYTES / 1000)} KB. Paste the article text instead.`,
        });
      }
    }
  });

const languagesSchema = text()
  .trim()
  .transform((value) => [
    ...new Set(
      value
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map((code) => code.toLowerCase()),
    ),
  ])
  .pipe(
    z
      .array(text().regex(/^[a-z]{2,3}$/, 'Use ISO language codes, e.g. "en, ru".'))
      .min(1, 'Enter at least one language code, e.g. "en".')
      .max(10, 'Enter at most 10 languages.'),
  );

/** What a stored copy is (prisma's SourceProvenance), as the import form offers it. */
export const PROVENANCES = [
  { code: 'ORIGINAL', label: 'The outlet’s own text' },
  { code: 'REPUBLICATION', label: 'A republication of another outlet’s text' },
  { code: 'OFFICIAL_TRANSLATION', label: 'An official translation' },
  { code: 'UNOFFICIAL_TRANSLATION', label: 'An unofficial translation' },
  { code: 'MACHINE_TRANSLATION', label: 'A machine translation' },
] as const satisfies readonly { code: SourceProvenance; label: string }[];

const PROVENANCE_CODES = PROVENANCES.map((provenance) => provenance.code) as [
  SourceProvenance,
  ...SourceProvenance[],
];

/** The metadata of a source, as the import form sends it. */
export const sourceMetadataSchema = z.object({
  title: text().trim().min(1, 'Enter a title.').max(300, 'Use at most 300 characters.'),
  outlet: text()
    .trim()
    .min(1, 'Enter the outlet, e.g. "BelTA".')
    .max(120, 'Use at most 120 characters.'),
  outletType: z.enum(OUTLET_TYPE_CODES, { error: 'Choose the type of outlet.' }),
  provenance: z.enum(PROVENANCE_CODES, { error: 'Choose what this copy is.' }).default('ORIGINAL'),
  originalOutlet: optionalText(120),
  url: text()
    .trim()
    .max(2000, 'Use at most 2000 characters.')
    .optional()
    .transform((value) => (value ? value : null))
    .refine(
      (value) => value === null || isHttpUrl(value),
      'Enter a full http:// or https:// address, or leave it empty.',
    ),
  publishedOn: isoDateSchema,
  yearInferred: checkbox,
  yearBasis: optionalText(1000),
  confirmYear: checkbox,
  place: optionalText(120),
  dateline: optionalText(200),
  languages: languagesSchema,
  event: optionalText(300),
});

type MetadataValue = Omit<z.output<typeof sourceMetadataSchema>, 'confirmYear'>;

/** A copy names the outlet it copies; an inferred year says why (import and edit alike). */
function checkMetadata(value: MetadataValue, context: z.RefinementCtx) {
  if (value.provenance !== 'ORIGINAL' && !value.originalOutlet) {
    context.addIssue({
      code: 'custom',
      path: ['originalOutlet'],
      message: 'Name the outlet whose text this copy republishes or translates, e.g. "BelTA".',
    });
  }
  if (value.yearInferred && !value.yearBasis) {
    context.addIssue({
      code: 'custom',
      path: ['yearBasis'],
      message: 'Say why this year: the reason is shown to readers.',
    });
  }
}

// An original names no other outlet.
const withoutOriginalOutlet = <T extends MetadataValue>(value: T): T =>
  value.provenance === 'ORIGINAL' ? { ...value, originalOutlet: null } : value;

/** A source's metadata corrected after import (issue 11), at the version the form loaded. */
export const updateSourceSchema = sourceMetadataSchema
  // The inferred year is confirmed once, at import.
  .omit({ confirmYear: true })
  .extend({
    sourceId: text().min(1).max(200),
    version: z.coerce.number().int().min(1).max(MAX_DB_INT),
  })
  .superRefine(checkMetadata)
  .transform(withoutOriginalOutlet);
export type UpdateSourceInput = z.infer<typeof updateSourceSchema>;

export const archiveSourceSchema = z.object({
  sourceId: text().min(1).max(200),
  version: z.coerce.number().int().min(1).max(MAX_DB_INT),
  archived: z.enum(['true', 'false']).transform((value) => value === 'true'),
  reason: text()
    .trim()
    .max(1000, 'Use at most 1000 characters.')
    .optional()
    .transform((value) => value || null),
});
export type ArchiveSourceInput = z.infer<typeof archiveSourceSchema>;

export const importSourceSchema = sourceMetadataSchema
  .extend({
    text: text()
      .min(1, 'The text is empty: go back and paste or upload it.')
      .max(MAX_TEXT_LENGTH, 'The text is too long.'),
    trim: z.array(z.coerce.number().int().min(0).max(MAX_DB_INT)).default([]),
  })
  .superRefine(checkMetadata)
  .transform(withoutOriginalOutlet)
  .superRefine((value, context) => {
    if (!value.yearInferred) return;
    if (!value.confirmYear) {
      context.addIssue({
        code: 'custom',
        path: ['confirmYear'],
        message:
          'Confirm the inferred year, or untick "The year is inferred" if the text states it.',
      });
    }
  });

export type ImportSourceInput = z.infer<typeof importSourceSchema>;

export const reviseSourceSchema = z.object({
  sourceId: text().min(1),
  /** The version number the analyst corrected; a newer one means someone else was faster. */
  fromVersion: z.coerce.number().int().min(1).max(MAX_DB_INT),
  text: text().min(1, 'The text cannot be empty.').max(MAX_TEXT_LENGTH, 'The text is too long.'),
  note: text()
    .trim()
    .min(1, 'Say what was corrected and why.')
    .max(1000, 'Use at most 1000 characters.'),
});

export type ReviseSourceInput = z.infer<typeof reviseSourceSchema>;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
