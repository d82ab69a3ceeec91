// What the public pages should show, read from the e2e database at the moment
// of the test: other journeys write to the same database in parallel, so no
// journey may assume the seed's counts.
import { queryCount } from './users';

// An item's current status as lib/status-history.ts derives it: the latest
// standing change (one no other change corrects), else "not yet rated".
const CURRENT_STATUS = `COALESCE((
    SELECT c.status::text FROM "StatusChange" c
     WHERE c."itemId" = i.id AND NOT EXISTS (SELECT 1 FROM "StatusChange" o WHERE o."correctsId" = c.id)
     ORDER BY c."effectiveOn" DESC, c."createdAt" DESC
     LIMIT 1), 'NOT_YET_RATED')`;

/** Published items (neither they nor their area archived), optionally of one area and current status. */
export function countPublicItems(
  filter: { areaId?: string; status?: string } = {},
): Promise<number> {
  return queryCount(
    `SELECT count(*) AS n FROM "Item" i JOIN "PriorityArea" a ON a.id = i."areaId"
      WHERE i."archivedAt" IS NULL AND a."archivedAt" IS NULL
        AND ($1::text IS NULL OR i."areaId" = $1)
        AND ($2::text IS NULL OR ${CURRENT_STATUS} = $2)`,
    [filter.areaId ?? null, filter.status ?? null],
  );
}

export function countPublicAreas(): Promise<number> {
  return queryCount(`SELECT count(*) AS n FROM "PriorityArea" WHERE "archivedAt" IS NULL`);
}

/** The results heading of /items for `total` items. */
export function itemsHeading(total: number): string {
  return total === 1 ? '1 item' : `${total} items`;
}
