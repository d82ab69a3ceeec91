import { listOpenStatusChanges } from '@/lib/data/public/open-data';
import type { StatusChangeJson } from '@/lib/open-data-contract';
import {
  badRequestResponse,
  jsonResponse,
  pageEnvelope,
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
  const { item, page, pageSize } = query.data;
  const { changes, total } = await listOpenStatusChanges({
    limit: pageSize,
    offset: (page - 1) * pageSize,
    itemId: item,
  });
  const data: StatusChangeJson[] = changes.map((change) => {
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
  return jsonResponse(pageEnvelope(data, { page, pageSize, total }, self));
}
