import { listOpenStatements } from '@/lib/data/open-data';
import { badRequestResponse, jsonResponse, paginate, selfUrl } from '@/lib/open-data-http';
import { parseSearchParams, statementsQuerySchema } from '@/lib/validation/open-data';

export const dynamic = 'force-dynamic';

/** Verbatim statements with their W3C selectors, filtered and paginated. */
export async function GET(request: Request) {
  const self = selfUrl(request);
  const query = parseSearchParams(self.searchParams, statementsQuerySchema);
  if (!query.ok) return badRequestResponse(query.errors);
  const { item, source, kind, from, to } = query.data;
  const statements = (await listOpenStatements()).filter(
    (statement) =>
      (!item || statement.itemIds.includes(item)) &&
      (!source || statement.sourceId === source) &&
      (!kind || statement.kind === kind) &&
      (!from || statement.date >= from) &&
      (!to || statement.date <= to),
  );
  return jsonResponse(paginate(statements, query.data, self));
}
