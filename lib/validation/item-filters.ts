// The filters of the items list, read from URL search params. One schema for
// the page (/items) and the open-data API (/api/v1/items), so both accept the
// same URLs and answer the same errors. Pure: no server-only imports.
import { z } from 'zod';
import type { OutletType } from '@/lib/generated/prisma/enums';
import { OUTLET_TYPES } from '@/lib/outlets';
import { STATUS_CODES, type Status } from '@/lib/status';
import { text } from '@/lib/validation/text';

// Paging of every open-data list too (lib/validation/open-data.ts re-exports these).
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_QUERY_LENGTH = 200;
// Far beyond any real page; keeps OFFSETs and cache keys sane.
const MAX_PAGE = 10_000;

const OUTLET_CODES = OUTLET_TYPES.map((type) => type.code) as [OutletType, ...OutletType[]];

/** Next's `searchParams` or a URL's: repeated keys arrive as arrays. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

// A GET form sends every field, empty ones as `name=`: empty means "not set".
const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const isoDate = z.preprocess(
  blankToUndefined,
  z.iso.date({ error: 'Enter a date as YYYY-MM-DD, like 2023-06-20.' }).optional(),
);

const wholeNumber = (message: string, min: number, max: number) =>
  z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });

export const itemFiltersSchema = z
  .object({
    q: z.preprocess(
      blankToUndefined,
      text()
        // Control characters have no place in a search and Postgres refuses NUL.
        // (The page also uses two of them as highlight markers.)
        .transform((text) => text.replace(/\p{Cc}+/gu, ' ').trim())
        .pipe(
          text().max(MAX_QUERY_LENGTH, { error: `Use at most ${MAX_QUERY_LENGTH} characters.` }),
        )
        .transform((text) => text || undefined)
        .optional(),
    ),
    area: z.preprocess(
      blankToUndefined,
      text()
        .max(64, { error: 'Choose an area from the list.' })
        .regex(/^[A-Za-z0-9_-]+$/, { error: 'Choose an area from the list.' })
        .optional(),
    ),
    status: z
      .array(z.enum(STATUS_CODES, { error: 'Choose statuses from the list.' }))
      .default([])
      // In vocabulary order, each once: equal filters give equal URLs and cache keys.
      .transform((codes): Status[] => STATUS_CODES.filter((code) => codes.includes(code))),
    outlet: z.preprocess(
      blankToUndefined,
      z.enum(OUTLET_CODES, { error: 'Choose an outlet type from the list.' }).optional(),
    ),
    from: isoDate,
    to: isoDate,
    page: z.preprocess(
      blankToUndefined,
      wholeNumber('Enter a page number of 1 or more.', 1, MAX_PAGE).default(1),
    ),
    pageSize: z.preprocess(
      blankToUndefined,
      wholeNumber(
        `Choose between 1 and ${MAX_PAGE_SIZE} items per page.`,
        1,
        MAX_PAGE_SIZE,
      ).default(DEFAULT_PAGE_SIZE),
    ),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    path: ['to'],
    error: 'The end date is before the start date.',
  });

export type ItemFilters = z.output<typeof itemFiltersSchema>;
export type ItemFilterField = keyof ItemFilters;
export type ItemFilterErrors = Partial<Record<ItemFilterField, string[]>>;

/** The raw values as given (first of repeated single-valued keys), to refill a form. */
export interface RawItemFilters {
  q?: string;
  area?: string;
  status: string[];
  outlet?: string;
  from?: string;
  to?: string;
  page?: string;
  pageSize?: string;
}

export type ItemFiltersResult =
  | { ok: true; filters: ItemFilters; raw: RawItemFilters }
  | { ok: false; fieldErrors: ItemFilterErrors; raw: RawItemFilters };

function valuesOf(input: SearchParamsInput, key: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(key);
  const value = input[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function readRawItemFilters(input: SearchParamsInput): RawItemFilters {
  const first = (key: string) => valuesOf(input, key)[0];
  return {
    q: first('q'),
    area: first('area'),
    status: valuesOf(input, 'status').filter((value) => value.trim() !== ''),
    outlet: first('outlet'),
    from: first('from'),
    to: first('to'),
    page: first('page'),
    pageSize: first('pageSize'),
  };
}

/** Never throws: bad values come back as messages per field. */
export function parseItemFilters(input: SearchParamsInput): ItemFiltersResult {
  const raw = readRawItemFilters(input);
  const result = itemFiltersSchema.safeParse(raw);
  if (result.success) return { ok: true, filters: result.data, raw };
  return {
    ok: false,
    fieldErrors: z.flattenError(result.error).fieldErrors as ItemFilterErrors,
    raw,
  };
}

/**
 * The query string of `filters` (with `?`, or '' when nothing is set), in a
 * fixed order and without defaults, so one set of filters has one URL.
 */
/** Filters that narrow the list (paging alone does not). */
export function hasItemFilters(filters: ItemFilters): boolean {
  return Boolean(
    filters.q ||
    filters.area ||
    filters.status.length ||
    filters.outlet ||
    filters.from ||
    filters.to,
  );
}

/** The query string of the filters without paging: an export holds every page. */
export function exportFiltersQuery(filters: ItemFilters): string {
  return itemFiltersQuery({ ...filters, page: 1, pageSize: DEFAULT_PAGE_SIZE });
}

export function itemFiltersQuery(
  filters: ItemFilters,
  overrides: Partial<Pick<ItemFilters, 'page'>> = {},
): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.area) params.set('area', filters.area);
  for (const code of filters.status) params.append('status', code);
  if (filters.outlet) params.set('outlet', filters.outlet);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const page = overrides.page ?? filters.page;
  if (page !== 1) params.set('page', String(page));
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(filters.pageSize));
  const query = params.toString();
  return query ? `?${query}` : '';
}
