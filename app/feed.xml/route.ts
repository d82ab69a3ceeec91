import { ATOM_CONTENT_TYPE, renderAtomFeed } from '@/lib/atom';
import { listOpenStatusChanges } from '@/lib/data/public/open-data';
import { env } from '@/lib/env';
import { OPEN_DATA_HEADERS, requestOrigin } from '@/lib/open-data-http';
import { buildStatusChangeFeed, FEED_ENTRY_LIMIT } from '@/lib/status-change-feed';

export const dynamic = 'force-dynamic';

/** Atom 1.0 feed of the latest status changes and corrections. */
export async function GET(request: Request) {
  const feed = buildStatusChangeFeed({
    changes: (await listOpenStatusChanges({ limit: FEED_ENTRY_LIMIT })).changes.map((change) => ({
      ...change,
      from: change.from.code,
      to: change.to.code,
    })),
    origin: requestOrigin(request),
    tagAuthority: new URL(env().SITE_URL).hostname,
    now: new Date(),
  });
  return new Response(renderAtomFeed(feed), {
    headers: { ...OPEN_DATA_HEADERS, 'Content-Type': ATOM_CONTENT_TYPE },
  });
}
