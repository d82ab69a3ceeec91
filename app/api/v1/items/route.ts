import type { NextRequest } from 'next/server';
import { searchItems } from '@/lib/data/public/item-search';
import type { ItemJson } from '@/lib/open-data-contract';
import {
  badRequestResponse,
  jsonResponse,
  pageEnvelope,
  requestOrigin,
} from '@/lib/open-data-http';
import { itemFiltersQuery } from '@/lib/validation/item-filters';
import { parseStrictItemFilters } from './strict-filters';
import { itemUrl, statusHistoryJson, statusJson } from './item-json';

export const dynamic = 'force-dynamic';

// GET /api/v1/items: the items list with the filters of /items (same schema,
// same query string), paginated. 400 naming each bad parameter.
export async function GET(request: NextRequest) {
  const parsed = parseStrictItemFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequestResponse(parsed.errors);

  const { filters } = parsed;
  const result = await searchItems(filters);
  // Links point back at the host the client used, with the filters written
  // one way (lib/validation/item-filters.ts), so one set of filters has one URL.
  const origin = requestOrigin(request);
  const self = new URL(`/api/v1/items${itemFiltersQuery(filters)}`, origin);
  const data: ItemJson[] = result.items.map((item) => ({
    id: item.id,
    url: itemUrl(origin, item.id),
    title: item.title,
    summary: item.summary,
    titleRu: item.titleRu,
    summaryRu: item.summaryRu,
    area: { id: item.area.id, title: item.area.title },
    status: statusJson(item.status),
    statusHistory: statusHistoryJson(item.statusHistory),
    statements: item.statementIds,
    ...(filters.q && { snippet: item.snippet }),
  }));
  return jsonResponse(pageEnvelope(data, result, self));
}
