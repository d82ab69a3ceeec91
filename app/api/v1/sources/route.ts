import { listOpenSources } from '@/lib/data/public/open-data';
import { badRequestResponse, jsonResponse, pageEnvelope, selfUrl } from '@/lib/open-data-http';
import { pageQuerySchema, parseSearchParams } from '@/lib/validation/open-data';

export const dynamic = 'force-dynamic';

/** Source metadata with the SHA-256 of the current text, newest first. */
export async function GET(request: Request) {
  const self = selfUrl(request);
  const query = parseSearchParams(self.searchParams, pageQuerySchema);
  if (!query.ok) return badRequestResponse(query.errors);
  const { sources, total } = await listOpenSources(query.data);
  return jsonResponse(pageEnvelope(sources, { ...query.data, total }, self));
}
