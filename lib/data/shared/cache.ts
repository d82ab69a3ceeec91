import 'server-only';
import { revalidatePath, unstable_cache, updateTag } from 'next/cache';
import { cache } from 'react';
import { db } from '@/lib/db';

// Public reads are cached. Each cache key includes the data version, a number
// that database triggers bump in the same transaction as every write to public
// data (migration data_version), whoever writes: an action, a script, SQL by
// hand. A read is therefore served from the cache only if nothing changed
// since it was computed, and a read that raced with a write files its result
// under the old version, where no later request looks. The version costs one
// primary-key lookup per request.
//
// Writes also expire the tag (updateTag from actions), which frees the
// outdated entries early. See docs/decisions/0004-caching-and-csp.md.
export const TRACKER_TAG = 'tracker';

// Once per request (React's cache), however many cached reads a page makes.
const currentDataVersion = cache(async (): Promise<string> => {
  const rows = await db().$queryRaw<
    { value: bigint }[]
  >`SELECT "value" FROM "DataVersion" WHERE "id" = 1`;
  return String(rows[0]?.value ?? 0);
});

export function cachedRead<Args extends unknown[], Result>(
  key: string,
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  // One cache wrapper per data version, made when the version changes rather
  // than on every request.
  let current: { version: string; read: (...args: Args) => Promise<Result> } | undefined;
  return async (...args: Args) => {
    const version = await currentDataVersion();
    if (current?.version !== version) {
      current = {
        version,
        read: unstable_cache(read, [key, `v${version}`], { tags: [TRACKER_TAG] }),
      };
    }
    return current.read(...args);
  };
}

/**
 * A read cached in this process's memory for the current data version, at
 * most `capacity` results (least recently used dropped first): for reads whose
 * keys are unbounded, such as free-text searches, which Next's cache would
 * keep without limit. A key is only ever served for the version it was
 * computed under, so a write makes every entry unreachable at once.
 */
export function boundedCachedRead<Args extends unknown[], Result>(
  capacity: number,
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  const entries = new Map<string, Promise<Result>>();
  let entriesVersion: string | undefined;
  return async (...args: Args) => {
    const version = await currentDataVersion();
    // Entries of an older version are never served again: drop them at once,
    // rather than keeping up to `capacity` dead results until they are pushed out.
    if (entriesVersion === undefined || BigInt(version) > BigInt(entriesVersion)) {
      entries.clear();
      entriesVersion = version;
    } else if (version !== entriesVersion) {
      // A request that read the version just before a write: not worth keeping.
      return read(...args);
    }
    const key = `${version}:${JSON.stringify(args)}`;
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const pending = read(...args);
    entries.set(key, pending);
    // A failed read is not kept: the next request tries again.
    pending.catch(() => entries.delete(key));
    while (entries.size > capacity) entries.delete(entries.keys().next().value!);
    return pending;
  };
}

/** After a write in a server action: frees the outdated entries at once. */
export function invalidateTrackerFromAction(): void {
  updateTag(TRACKER_TAG);
  // Every public page rendered once and shared (decision 0013): the next
  // request renders it again, rather than being served the page from before
  // the write while it is refreshed in the background.
  revalidatePath('/', 'layout');
}
