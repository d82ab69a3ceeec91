import 'server-only';
import { db } from '@/lib/db';
import type { Status } from '@/lib/generated/prisma/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import { previousStatus } from '@/lib/status-history';
import { cachedRead } from '@/lib/data/shared/cache';
import { statusChangeEntrySelect } from '@/lib/data/shared/status-change-fields';
import {
  publishedItemWhere,
  readStatusHistories,
  milestoneSelect,
  toMilestoneDto,
  type MilestoneDto,
  type StatusChangeDto,
} from '@/lib/data/public/tracker';

// The dashboard's lists: the latest status changes and the open milestones,
// each bounded by a limit (docs/decisions/0012).

export interface RecentChangeDto extends StatusChangeDto {
  itemTitle: string;
  itemTitleRu: string;
  from: Status;
  isCorrection: boolean;
}

/**
 * Status changes of published items, newest recorded first: `limit` of them,
 * after `offset`. "From" comes from the histories of those items only. With
 * `changesOnly`, an entry that keeps the status it found (a reaffirmation with
 * new evidence) is left out unless it is a correction: the dashboard lists
 * what changed, the open data and the item pages list everything.
 */
async function readRecentChanges(
  limit: number,
  offset = 0,
  itemId?: string,
  changesOnly = false,
): Promise<{ changes: RecentChangeDto[]; total: number }> {
  const where = {
    item: itemId ? { ...publishedItemWhere, id: itemId } : publishedItemWhere,
  } satisfies Prisma.StatusChangeWhereInput;
  const select = {
    ...statusChangeEntrySelect,
    itemId: true,
    item: { select: { title: true, titleRu: true } },
  };
  const order = [
    { createdAt: 'desc' },
    { effectiveOn: 'desc' },
    { id: 'desc' },
  ] satisfies Prisma.StatusChangeOrderByWithRelationInput[];
  const [rows, total] = changesOnly
    ? await readRealChanges(limit, offset, itemId).then(async ({ ids, total }) => {
        const found = await db().statusChange.findMany({ where: { id: { in: ids } }, select });
        const byId = new Map(found.map((row) => [row.id, row]));
        return [ids.flatMap((id) => byId.get(id) ?? []), total] as const;
      })
    : await Promise.all([
        db().statusChange.findMany({ where, orderBy: order, skip: offset, take: limit, select }),
        db().statusChange.count({ where }),
      ]);
  const histories = await readStatusHistories([...new Set(rows.map((row) => row.itemId))]);
  const changes = rows.flatMap((row) => {
    const history = histories.get(row.itemId) ?? [];
    const change = history.find((entry) => entry.id === row.id);
    if (!change) return [];
    return [
      {
        ...change,
        itemTitle: row.item.title,
        itemTitleRu: row.item.titleRu,
        from: previousStatus(history, change),
        isCorrection: change.correctsId !== null,
      },
    ];
  });
  return { changes, total };
}

/**
 * The ids (in the dashboard's order) and number of status changes of
 * published items that change the status they found, or correct an entry.
 * "The status found" is lib/status-history.ts's previousStatus, in SQL: the
 * latest earlier entry that stands, leaving out the entry itself and the one
 * it corrects.
 */
async function readRealChanges(
  limit: number,
  offset: number,
  itemId?: string,
): Promise<{ ids: string[]; total: number }> {
  const real = Prisma.sql`
    SELECT c.id, c."createdAt", c."effectiveOn"
    FROM "StatusChange" c
    JOIN "Item" i ON i.id = c."itemId" AND i."archivedAt" IS NULL
    JOIN "PriorityArea" a ON a.id = i."areaId" AND a."archivedAt" IS NULL
    WHERE (${itemId ?? null}::text IS NULL OR c."itemId" = ${itemId ?? null}::text)
      AND (
        c."correctsId" IS NOT NULL
        OR c.status <> COALESCE((
          SELECT o.status FROM "StatusChange" o
          WHERE o."itemId" = c."itemId"
            AND o.id <> c.id
            AND o.id IS DISTINCT FROM c."correctsId"
            AND (o."effectiveOn", o."createdAt") < (c."effectiveOn", c."createdAt")
            AND NOT EXISTS (
              SELECT 1 FROM "StatusChange" p
              WHERE p."correctsId" = o.id
                AND p.id <> c.id
                AND p.id IS DISTINCT FROM c."correctsId"
            )
          ORDER BY o."effectiveOn" DESC, o."createdAt" DESC
          LIMIT 1
        ), 'NOT_YET_RATED')
      )`;
  const [page, [counted]] = await Promise.all([
    db().$queryRaw<{ id: string }[]>`
      SELECT id FROM (${real}) real
      ORDER BY "createdAt" DESC, "effectiveOn" DESC, id DESC
      LIMIT ${limit} OFFSET ${offset}`,
    db().$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM (${real}) real`,
  ]);
  return { ids: page.map((row) => row.id), total: Number(counted?.total ?? 0) };
}

export const listRecentChanges = cachedRead('recent-changes', readRecentChanges);

export interface OpenMilestoneDto extends MilestoneDto {
  item: { id: string; title: string; titleRu: string };
}

/** The open milestones of published items due first (overdue ones lead), and how many are open or overdue. */
async function readOpenMilestones(
  limit: number,
  today: string,
): Promise<{ milestones: OpenMilestoneDto[]; openCount: number; overdueCount: number }> {
  // Open: neither met nor missed.
  const where = {
    metOn: null,
    missedOn: null,
    item: publishedItemWhere,
  } satisfies Prisma.MilestoneWhereInput;
  const [rows, openCount, overdueCount] = await Promise.all([
    db().milestone.findMany({
      where,
      orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
      take: limit,
      select: { ...milestoneSelect, item: { select: { id: true, title: true, titleRu: true } } },
    }),
    db().milestone.count({ where }),
    db().milestone.count({ where: { ...where, dueOn: { lt: new Date(`${today}T00:00:00Z`) } } }),
  ]);
  return {
    milestones: rows.map((row) => ({
      ...toMilestoneDto(row),
      item: row.item,
    })),
    openCount,
    overdueCount,
  };
}

export const listOpenMilestones = cachedRead('open-milestones', readOpenMilestones);
