import 'server-only';
import { db } from '@/lib/db';
import type { Status } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { previousStatus } from '@/lib/status-history';
import { cachedRead } from '@/lib/data/shared/cache';
import { statusChangeEntrySelect } from '@/lib/data/shared/status-change-fields';
import {
  publishedItemWhere,
  readStatusHistories,
  toMilestoneDto,
  type MilestoneDto,
  type StatusChangeDto,
} from '@/lib/data/public/tracker';

// The dashboard's lists: the latest status changes and the open milestones,
// each bounded by a limit (docs/decisions/0012).

export interface RecentChangeDto extends StatusChangeDto {
  itemTitle: string;
  from: Status;
  isCorrection: boolean;
}

/**
 * Status changes of published items, newest recorded first: `limit` of them,
 * after `offset`. "From" comes from the histories of those items only.
 */
async function readRecentChanges(
  limit: number,
  offset = 0,
  itemId?: string,
): Promise<{ changes: RecentChangeDto[]; total: number }> {
  const where = {
    item: itemId ? { ...publishedItemWhere, id: itemId } : publishedItemWhere,
  } satisfies Prisma.StatusChangeWhereInput;
  const [rows, total] = await Promise.all([
    db().statusChange.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { effectiveOn: 'desc' }, { id: 'desc' }],
      skip: offset,
      take: limit,
      select: { ...statusChangeEntrySelect, itemId: true, item: { select: { title: true } } },
    }),
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
        from: previousStatus(history, change),
        isCorrection: change.correctsId !== null,
      },
    ];
  });
  return { changes, total };
}

export const listRecentChanges = cachedRead('recent-changes', readRecentChanges);

export interface OpenMilestoneDto extends MilestoneDto {
  item: { id: string; title: string };
}

/** The open milestones of published items due first (overdue ones lead), and how many are open or overdue. */
async function readOpenMilestones(
  limit: number,
  today: string,
): Promise<{ milestones: OpenMilestoneDto[]; openCount: number; overdueCount: number }> {
  const where = { metOn: null, item: publishedItemWhere } satisfies Prisma.MilestoneWhereInput;
  const [rows, openCount, overdueCount] = await Promise.all([
    db().milestone.findMany({
      where,
      orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
      take: limit,
      select: {
        id: true,
        title: true,
        dueOn: true,
        precision: true,
        metOn: true,
        item: { select: { id: true, title: true } },
      },
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
