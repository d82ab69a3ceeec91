import type { NextRequest } from 'next/server';
import { CSV_CONTENT_TYPE, encodeCsv } from '@/lib/csv';
import { listItemRows, type ItemRowDto } from '@/lib/data/public/open-data';
import { matchingItemIds } from '@/lib/data/public/item-search';
import { boundedCachedRead } from '@/lib/data/shared/cache';
import { badRequestResponse, downloadResponse, requestOrigin } from '@/lib/open-data-http';
import { statusDefinition } from '@/lib/status';
import {
  hasItemFilters,
  exportFiltersQuery,
  type ItemFilters,
} from '@/lib/validation/item-filters';
import { parseStrictItemFilters } from '../items/strict-filters';

export const dynamic = 'force-dynamic';

const HEADER = [
  'id',
  'url',
  'area',
  'title',
  'status_code',
  'status_label',
  'last_status_change',
  'statement_count',
  'summary',
  'title_ru',
  'summary_ru',
] as const;

function csv(origin: string, items: ItemRowDto[]): string {
  const rows = items.map((item) => [
    item.id,
    `${origin}/items/${encodeURIComponent(item.id)}`,
    item.areaTitle,
    item.title,
    item.status,
    statusDefinition(item.status).label,
    item.statusSince,
    item.statementCount,
    item.summary,
    item.titleRu,
    item.summaryRu,
  ]);
  return encodeCsv(HEADER, rows, { bom: true });
}

// The whole export is built once per data version (and origin), however many
// download it at once: a bulk download of every item must not be rebuilt by
// every request (issue 8).
const itemsCsv = boundedCachedRead(4, async (origin: string) => csv(origin, await listItemRows()));

// A filtered export: exactly the items the /items page lists for the same
// query string (every page of it), kept like searches, per filters.
const filteredCsv = boundedCachedRead(100, async (origin: string, query: string) => {
  const parsed = parseStrictItemFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error('filters checked before');
  return csv(origin, await listItemRows(await matchingItemIds(parsed.filters)));
});

/** "csto-tracker-items-search-area-crisis-status-stalled.csv": the name says what was kept. */
function filteredFilename(filters: ItemFilters): string {
  const parts = ['csto-tracker-items'];
  if (filters.q) parts.push('search');
  if (filters.area) parts.push('area', filters.area.replace(/^area-/, ''));
  if (filters.status.length) parts.push('status', ...filters.status.map((s) => s.toLowerCase()));
  if (filters.outlet) parts.push('outlet', filters.outlet.toLowerCase());
  if (filters.from) parts.push('from', filters.from);
  if (filters.to) parts.push('to', filters.to);
  return `${parts
    .join('-')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, 150)}.csv`;
}

/**
 * One row per item (RFC 4180, UTF-8 with a byte order mark, CRLF): every
 * item, or with the filters of /items (q, area, status, outlet, from, to)
 * exactly the items they keep, in the page's order.
 */
export async function GET(request: NextRequest) {
  const parsed = parseStrictItemFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequestResponse(parsed.errors);
  const origin = requestOrigin(request);
  if (!hasItemFilters(parsed.filters)) {
    return downloadResponse(await itemsCsv(origin), CSV_CONTENT_TYPE, 'csto-tracker-items.csv');
  }
  // Pages are ignored: the export holds every page. One key per set of filters.
  const query = exportFiltersQuery(parsed.filters);
  return downloadResponse(
    await filteredCsv(origin, query.slice(1)),
    CSV_CONTENT_TYPE,
    filteredFilename(parsed.filters),
  );
}
