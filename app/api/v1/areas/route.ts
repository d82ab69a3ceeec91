import { listAreaTallies } from '@/lib/data/public/open-data';
import { badRequestResponse, jsonResponse, paginate, selfUrl } from '@/lib/open-data-http';
import { pageQuerySchema, parseSearchParams } from '@/lib/validation/open-data';

export const dynamic = 'force-dynamic';

/** Priority areas with the number of items in each status. */
export async function GET(request: Request) {
  const self = selfUrl(request);
  const query = parseSearchParams(self.searchParams, pageQuerySchema);
  if (!query.ok) return badRequestResponse(query.errors);
  return jsonResponse(paginate(await listAreaTallies(), query.data, self));
}
