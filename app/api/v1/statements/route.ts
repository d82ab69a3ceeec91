import { listOpenStatements } from '@/lib/data/public/open-data';
import { badRequestResponse, jsonResponse, pageEnvelope, selfUrl } from '@/lib/open-data-http';
import { parseSearchParams, statementsQuerySchema } from '@/lib/validation/open-data';

export const dynamic = 'force-dynamic';

/** Verbatim statements with their W3C selectors, filtered and paginated. */
export async function GET(request: Request) {
  const self = selfUrl(request);
  const query = parseSearchParams(self.searchParams, statementsQuerySchema);
  if (!query.ok) return badRequestResponse(query.errors);
  const { item, source, kind, from, to, page, pageSize } = query.data;
  const { statements, total } = await listOpenStatements(
    { item, source, kind, from, to },
    { page, pageSize },
  );
  return jsonResponse(pageEnvelope(statements, { page, pageSize, total }, self));
}
