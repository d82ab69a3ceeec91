// Shared by the statement forms (client) and their actions (server).
import { z } from 'zod';
import type { StatementKind } from '@/lib/generated/prisma/enums';
import { isoDateSchema } from './sources';
import { MAX_DB_INT } from '@/lib/validation/numbers';
import { text } from '@/lib/validation/text';

const KIND_CODES = [
  'COMMITMENT',
  'PROGRESS_CLAIM',
  'ASSESSMENT',
  'OTHER',
] as const satisfies readonly StatementKind[];

const SAME_REMARK_LINK = /(?:^|#q-)([A-Za-z0-9_-]{1,200})$/;

/** What an analyst says about a quote: who, when, what kind, for which items. */
export const statementFieldsSchema = z.object({
  speaker: text()
    .trim()
    .min(1, 'Say who is speaking, e.g. "Aleksandr Lukashenko".')
    .max(200, 'Use at most 200 characters.'),
  relayedFrom: text()
    .trim()
    .max(200, 'Use at most 200 characters.')
    .optional()
    .transform((value) => (value ? value : null)),
  // The quote link of the same remark in another source ("/sources/x#q-ID"), or its id.
  sameRemarkAs: text()
    .trim()
    .max(2000, 'Use at most 2000 characters.')
    .optional()
    .transform((value) => (value ? value : null))
    .refine(
      (value) => value === null || SAME_REMARK_LINK.test(value),
      'Paste the link of the other quote (it ends in #q-…), or leave this empty.',
    )
    .transform((value) => value && SAME_REMARK_LINK.exec(value)![1]!),
  statedOn: text()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .pipe(isoDateSchema.nullable()),
  kind: z.enum(KIND_CODES, { error: 'Choose what kind of statement this is.' }),
  itemIds: z
    .array(text().min(1))
    .min(1, 'Choose at least one item this statement is evidence for.')
    .max(20, 'Choose at most 20 items.'),
});

/**
 * Where the quote is: a selection in the text (code-point offsets and the
 * quote as the analyst saw it), or a passage typed or pasted in full, with
 * its occurrence number when it appears more than once.
 */
export const quoteLocationSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('selection'),
    start: z.coerce.number().int().min(0).max(MAX_DB_INT),
    end: z.coerce.number().int().min(0).max(MAX_DB_INT),
    quote: text()
      .min(1, 'Select the passage to quote in the text.')
      .max(10_000, 'Quote at most 10,000 characters.'),
  }),
  z.object({
    mode: z.literal('text'),
    quoteText: text()
      .trim()
      .min(1, 'Paste the exact passage to quote.')
      .max(10_000, 'Quote at most 10,000 characters.'),
    // Empty: the passage must occur once; the server asks for a number otherwise.
    occurrence: z.preprocess(
      (value) => (value === '' || value === null ? undefined : value),
      z.coerce
        .number({ error: 'Enter a whole number.' })
        .int('Enter a whole number.')
        .min(1, 'Occurrences are counted from 1.')
        .optional(),
    ),
  }),
]);

export type QuoteLocation = z.infer<typeof quoteLocationSchema>;

const target = z.object({
  sourceId: text().min(1),
  /** The text version the analyst quoted from. */
  sourceVersion: z.coerce.number().int().min(1).max(MAX_DB_INT),
});

export const createStatementSchema = z.intersection(
  target.extend(statementFieldsSchema.shape),
  quoteLocationSchema,
);
export type CreateStatementInput = z.infer<typeof createStatementSchema>;

export const updateStatementSchema = statementFieldsSchema.extend({
  statementId: text().min(1),
  version: z.coerce.number().int().min(1).max(MAX_DB_INT),
});
export type UpdateStatementInput = z.infer<typeof updateStatementSchema>;

export const archiveStatementSchema = z.object({
  statementId: text().min(1),
  version: z.coerce.number().int().min(1).max(MAX_DB_INT),
  reason: text()
    .trim()
    .min(1, 'Say why this statement is archived.')
    .max(1000, 'Use at most 1000 characters.'),
});
export type ArchiveStatementInput = z.infer<typeof archiveStatementSchema>;

/** An orphaned statement placed again in the newest text of its source. */
export const reattachStatementSchema = z.intersection(
  target.extend({
    statementId: text().min(1),
    version: z.coerce.number().int().min(1).max(MAX_DB_INT),
  }),
  quoteLocationSchema,
);
export type ReattachStatementInput = z.infer<typeof reattachStatementSchema>;
