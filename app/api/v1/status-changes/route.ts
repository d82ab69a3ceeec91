import { listOpenStatusChanges } from '@/lib/data/open-data';
import {
  badRequestResponse,
  jsonResponse,
  paginate,
  requestOrigin,
  selfUrl,
} from '@/lib/open-data-http';
import { parseSearchParams, statusChangesQuerySchema } from '@/lib/validation/open-data';

export const dynamic = 'force-dynamic';

/** Status changes and corrections, newest recorded first. */
export async function GET(request: Request) {
  const self = selfUrl(request);
  const query = parseSearchParams(self.searchParams, statusChangesQuerySchema);
  if (!query.ok) return badRequestResponse(query.errors);
  const origin = requestOrigin(request);
  const { item } = query.data;
  const changes = (await listOpenStatusChanges())
    .filter((change) => !item || change.itemId === item)
    .map((change) => {
      const onItemPage = (id: string) =>
        `${origin}/items/${encodeURIComponent(change.itemId)}#change-${encodeURIComponent(id)}`;
      return {
        ...change,
        links: {
          html: onItemPage(change.id),
          corrects: change.correctsId && onItemPage(change.correctsId),
          correctedBy: change.correctedById && onItemPage(change.correctedById),
        },
      };
    });
  return jsonResponse(paginate(changes, query.data, self));
}
