// Query parameters of the open data API (app/api/v1). Unknown parameters are
// refused rather than ignored, so a typo (`?sorce=…`) gets a 400 that
// names it instead of an unfiltered answer that looks filtered.
import { z } from 'zod';
import { StatementKind } from '@/lib/generated/prisma/enums';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './item-filters';
import { isIsoDate } from '@/lib/validation/days';
import { text } from '@/lib/validation/text';

// One paging for every list, /api/v1/items and the /items page included: the
// limits are defined once, in lib/validation/item-filters.ts.
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

const positiveInteger = (name: string, max: number) =>
  text()
    .regex(/^\d{1,9}$/, `${name} must be a whole number.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, `${name} must be at least 1.`)
        .max(max, `${name} must be at most ${max}.`),
    );

export const pageParamsShape = {
  page: positiveInteger('page', 1_000_000).default(1),
  pageSize: positiveInteger('pageSize', MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
};

export const recordIdSchema = text().regex(
  /^[A-Za-z0-9_-]{1,128}$/,
  'Must be an id: letters, digits, "-" and "_", at most 128 characters.',
);

export const isoDaySchema = text()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Must be a date as YYYY-MM-DD.')
  .refine(isIsoDate, 'Must be a real calendar date.');

const statementKinds = Object.values(StatementKind) as [StatementKind, ...StatementKind[]];

export const pageQuerySchema = z.strictObject(pageParamsShape);

export const statementsQuerySchema = z
  .strictObject({
    ...pageParamsShape,
    item: recordIdSchema.optional(),
    source: recordIdSchema.optional(),
    kind: z
      .enum(statementKinds, { error: `kind must be one of ${statementKinds.join(', ')}.` })
      .optional(),
    from: isoDaySchema.optional(),
    to: isoDaySchema.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['from'],
    message: 'from must not be after to.',
  });

export const statusChangesQuerySchema = z.strictObject({
  ...pageParamsShape,
  item: recordIdSchema.optional(),
});

export interface ParameterError {
  code: 'invalid_parameter';
  parameter: string | null;
  message: string;
}

export type QueryParseResult<T> = { ok: true; data: T } | { ok: false; errors: ParameterError[] };

/** Parses URL search parameters with `schema`; a parameter given twice is an error. */
export function parseSearchParams<T>(
  searchParams: URLSearchParams,
  schema: z.ZodType<T>,
): QueryParseResult<T> {
  const values: Record<string, string> = {};
  const errors: ParameterError[] = [];
  for (const [key, value] of searchParams) {
    if (Object.hasOwn(values, key)) {
      errors.push({
        code: 'invalid_parameter',
        parameter: key,
        message: `${key} is given more than once.`,
      });
    }
    values[key] = value;
  }
  const result = schema.safeParse(values);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          errors.push({
            code: 'invalid_parameter',
            parameter: key,
            message: `Unknown parameter ${key}.`,
          });
        }
      } else {
        const parameter = issue.path[0];
        errors.push({
          code: 'invalid_parameter',
          parameter: typeof parameter === 'string' ? parameter : null,
          message: issue.message,
        });
      }
    }
  }
  if (errors.length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, data: result.data };
}
