import 'server-only';
import { revalidateTag, unstable_cache, updateTag } from 'next/cache';

// Public reads are cached and tagged; every write calls invalidateTracker()
// (updateTag from a server action). One tag for all public data: the data set
// is small, a change often touches several pages (item, source, dashboard,
// feed), and a stale public page is the one thing we must never show.
// See docs/decisions/0004-caching-and-csp.md.
export const TRACKER_TAG = 'tracker';

export function cachedRead<Args extends unknown[], Result>(
  key: string,
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return unstable_cache(read, [key], { tags: [TRACKER_TAG] });
}

/** After a write in a server action: the next public read is fresh (read-your-writes). */
export function invalidateTrackerFromAction(): void {
  updateTag(TRACKER_TAG);
}

/** After a write in a route handler, where updateTag is not allowed. */
export function invalidateTrackerFromRoute(): void {
  revalidateTag(TRACKER_TAG, { expire: 0 });
}
