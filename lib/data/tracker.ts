import 'server-only';
import { db } from '@/lib/db';
import { isoDay, isoInstant } from '@/lib/dates';
import type { AreaKind, DatePrecision, OutletType, Status } from '@/lib/generated/prisma/enums';
import { currentStatus, previousStatus, standingChanges } from '@/lib/status-history';
import { cachedRead } from './cache';
import {
  statusChangeEntrySelect,
  statusHistoryOrder,
  toStatusChangeEntry,
  type StatusChangeEntry,
} from './status-change-fields';

// The public overview of the whole tracker: presidency, areas, items with their
// derived status, milestones and status history. Small enough to read in one
// go and cache; the dashboard, the items list and the feed derive from it.

export interface PresidencyDto {
  id: string;
  organization: string;
  chairCountry: string;
  periodStart: string;
  periodEnd: string;
  motto: string;
  finalizedAt: string | null;
}

export interface AreaDto {
  id: string;
  kind: AreaKind;
  position: number;
  title: string;
  summary: string;
}

export interface MilestoneDto {
  id: string;
  title: string;
  dueOn: string;
  precision: DatePrecision;
  metOn: string | null;
}

export interface EvidenceDto {
  statementId: string;
  quote: string;
  sourceId: string;
  sourceTitle: string;
  outletType: OutletType;
}

export interface StatusChangeDto extends StatusChangeEntry {
  itemId: string;
  evidence: EvidenceDto[];
}

export interface ItemSummaryDto {
  id: string;
  areaId: string;
  position: number;
  title: string;
  summary: string;
  status: Status;
  lastEvidenceOn: string | null;
  milestones: MilestoneDto[];
  statusChanges: StatusChangeDto[];
}

export interface TrackerSnapshot {
  presidency: PresidencyDto | null;
  areas: AreaDto[];
  items: ItemSummaryDto[];
}

async function readTrackerSnapshot(): Promise<TrackerSnapshot> {
  const prisma = db();
  const [presidency, areas, items] = await Promise.all([
    prisma.presidency.findFirst({ orderBy: { periodStart: 'desc' } }),
    prisma.priorityArea.findMany({
      where: { archivedAt: null },
      orderBy: { position: 'asc' },
      select: { id: true, kind: true, position: true, title: true, summary: true },
    }),
    prisma.item.findMany({
      where: { archivedAt: null, area: { archivedAt: null } },
      orderBy: [{ area: { position: 'asc' } }, { position: 'asc' }],
      select: {
        id: true,
        areaId: true,
        position: true,
        title: true,
        summary: true,
        milestones: {
          orderBy: { position: 'asc' },
          select: { id: true, title: true, dueOn: true, precision: true, metOn: true },
        },
        statements: {
          where: { statement: { archivedAt: null } },
          select: {
            statement: { select: { statedOn: true, source: { select: { publishedOn: true } } } },
          },
        },
        statusChanges: {
          orderBy: statusHistoryOrder,
          select: {
            ...statusChangeEntrySelect,
            evidence: {
              select: {
                statement: {
                  select: {
                    id: true,
                    quote: true,
                    source: { select: { id: true, title: true, outletType: true } },
                  },
                },
              },
            },
          },
        },
      },
    }),
  ]);

  return {
    presidency: presidency && {
      id: presidency.id,
      organization: presidency.organization,
      chairCountry: presidency.chairCountry,
      periodStart: isoDay(presidency.periodStart),
      periodEnd: isoDay(presidency.periodEnd),
      motto: presidency.motto,
      finalizedAt: presidency.finalizedAt && isoInstant(presidency.finalizedAt),
    },
    areas,
    items: items.map((item) => {
      const statusChanges: StatusChangeDto[] = item.statusChanges.map((change) => ({
        ...toStatusChangeEntry(change),
        itemId: item.id,
        evidence: change.evidence.map(({ statement }) => ({
          statementId: statement.id,
          quote: statement.quote,
          sourceId: statement.source.id,
          sourceTitle: statement.source.title,
          outletType: statement.source.outletType,
        })),
      }));
      const evidenceDays = item.statements
        .map(({ statement }) => isoDay(statement.statedOn ?? statement.source.publishedOn))
        .sort();
      return {
        id: item.id,
        areaId: item.areaId,
        position: item.position,
        title: item.title,
        summary: item.summary,
        status: currentStatus(statusChanges),
        lastEvidenceOn: evidenceDays.at(-1) ?? null,
        milestones: item.milestones.map((milestone) => ({
          id: milestone.id,
          title: milestone.title,
          dueOn: isoDay(milestone.dueOn),
          precision: milestone.precision,
          metOn: milestone.metOn && isoDay(milestone.metOn),
        })),
        statusChanges,
      };
    }),
  };
}

export const getTrackerSnapshot = cachedRead('tracker-snapshot', readTrackerSnapshot);

export interface RecentChangeDto extends StatusChangeDto {
  itemTitle: string;
  from: Status;
  isCorrection: boolean;
}

/** Status changes across all items, newest written first. */
export function listRecentChanges(snapshot: TrackerSnapshot, limit: number): RecentChangeDto[] {
  return snapshot.items
    .flatMap((item) =>
      item.statusChanges.map((change) => ({
        ...change,
        itemTitle: item.title,
        from: previousStatus(item.statusChanges, change),
        isCorrection: change.correctsId !== null,
      })),
    )
    .sort(
      (a, b) =>
        b.createdAt.localeCompare(a.createdAt) || b.effectiveOn.localeCompare(a.effectiveOn),
    )
    .slice(0, limit);
}

export { standingChanges };
