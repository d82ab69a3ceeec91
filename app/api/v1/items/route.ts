import type { NextRequest } from 'next/server';
import { searchItems } from '@/lib/data/item-search';
import { itemFiltersQuery, parseItemFilters } from '@/lib/validation/item-filters';
import { itemUrl, OPEN_DATA_HEADERS, statusHistoryJson, statusJson } from './item-json';

export const dynamic = 'force-dynamic';

// GET /api/v1/items: the items list with the filters of /items (same schema,
// same query string), paginated. 400 with the field errors on bad params.
export async function GET(request: NextRequest) {
  const parsed = parseItemFilters(request.nextUrl.searchParams);
  if (!parsed.ok) {
    return Response.json(
      { errors: parsed.fieldErrors },
      { status: 400, headers: OPEN_DATA_HEADERS },
    );
  }
  const { filters } = parsed;
  const result = await searchItems(filters);
  // Links point back at the host the client used.
  const origin = request.nextUrl.origin;
  const link = (page: number) => `${origin}/api/v1/items${itemFiltersQuery(filters, { page })}`;

  return Response.json(
    {
      data: result.items.map((item) => ({
        id: item.id,
        url: itemUrl(origin, item.id),
        title: item.title,
        summary: item.summary,
        area: item.area,
        status: statusJson(item.status),
        statusHistory: statusHistoryJson(item.statusHistory),
        statements: item.statementIds,
        ...(filters.q && { snippet: item.snippet }),
      })),
      meta: {
        page: result.page,
        pageSize: result.pageSize,
        total: result.total,
        pageCount: result.pageCount,
      },
      links: {
        self: link(result.page),
        next: result.page < result.pageCount ? link(result.page + 1) : null,
        prev:
          result.page > 1 ? link(Math.min(result.page - 1, Math.max(result.pageCount, 1))) : null,
      },
    },
    { headers: OPEN_DATA_HEADERS },
  );
}
