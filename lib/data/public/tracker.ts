import 'server-only';
import { db } from '@/lib/db';
import { isoDay, isoInstant } from '@/lib/dates';
import type {
  AreaKind,
  DatePrecision,
  OutletType,
  SourceProvenance,
  Status,
} from '@/lib/generated/prisma/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import { STATUS_CODES } from '@/lib/status';
import { cachedRead } from '@/lib/data/shared/cache';
import { latestQuoteDaySql } from '@/lib/data/shared/evidence-fields';
import { milestoneFieldsSelect } from '@/lib/data/shared/milestone-fields';
import {
  statusChangeEntrySelect,
  statusHistoryOrder,
  toStatusChangeEntry,
  type StatusChangeEntry,
} from '@/lib/data/shared/status-change-fields';

// The public reads of the tracker: presidency, areas with their tallies, one
// item with its history. The dashboard's lists of latest changes and open
// milestones: dashboard.ts.

export interface PresidencyDto {
  id: string;
  organization: string;
  chairCountry: string;
  /** The tracker's Russian names ('' when none). */
  organizationRu: string;
  chairCountryRu: string;
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
  /** The tracker's Russian translation; '' when there is none yet. */
  titleRu: string;
  summaryRu: string;
}

export interface MilestoneDto {
  id: string;
  title: string;
  /** The tracker's Russian translation; '' when there is none yet. */
  titleRu: string;
  dueOn: string;
  precision: DatePrecision;
  metOn: string | null;
  missedOn: string | null;
  /** How precise metOn or missedOn is (each stored as its period's last day). */
  outcomePrecision: DatePrecision;
  /** The statement that reports the outcome, unless archived. */
  evidence: { statementId: string; quote: string; sourceId: string } | null;
}

export interface EvidenceDto {
  statementId: string;
  quote: string;
  speaker: string;
  relayedFrom: string | null;
  sourceId: string;
  sourceTitle: string;
  outletType: OutletType;
  source: { outlet: string; provenance: SourceProvenance; originalOutlet: string | null };
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
  /** The tracker's Russian translation; '' when there is none yet. */
  titleRu: string;
  summaryRu: string;
  status: Status;
  lastEvidenceOn: string | null;
  milestones: MilestoneDto[];
  statusChanges: StatusChangeDto[];
}

// Every read below is bounded by what one page shows, never by the size of the
// tracker: counts and tallies are SQL aggregates over Item.currentStatus (kept
// by the database, docs/decisions/0012), lists take a limit, and histories are
// read for the items on the page only.

/** Items the public sees: not archived, in an area that is not archived. */
export const publishedItemWhere = {
  archivedAt: null,
  area: { archivedAt: null },
} satisfies Prisma.ItemWhereInput;

function toPresidencyDto(presidency: {
  id: string;
  organization: string;
  chairCountry: string;
  organizationRu: string;
  chairCountryRu: string;
  periodStart: Date;
  periodEnd: Date;
  motto: string;
  finalizedAt: Date | null;
}): PresidencyDto {
  return {
    id: presidency.id,
    organization: presidency.organization,
    chairCountry: presidency.chairCountry,
    organizationRu: presidency.organizationRu,
    chairCountryRu: presidency.chairCountryRu,
    periodStart: isoDay(presidency.periodStart),
    periodEnd: isoDay(presidency.periodEnd),
    motto: presidency.motto,
    finalizedAt: presidency.finalizedAt && isoInstant(presidency.finalizedAt),
  };
}

async function readPresidency(): Promise<PresidencyDto | null> {
  const presidency = await db().presidency.findFirst({ orderBy: { periodStart: 'desc' } });
  return presidency && toPresidencyDto(presidency);
}

export const getPresidency = cachedRead('presidency', readPresidency);

const areaSelect = {
  id: true,
  kind: true,
  position: true,
  title: true,
  summary: true,
  titleRu: true,
  summaryRu: true,
} satisfies Prisma.PriorityAreaSelect;

/** The published areas (a handful per presidency), in order. */
export const listAreas = cachedRead(
  'areas',
  (): Promise<AreaDto[]> =>
    db().priorityArea.findMany({
      where: { archivedAt: null },
      orderBy: { position: 'asc' },
      select: areaSelect,
    }),
);

export interface AreaStatusCountsDto extends AreaDto {
  itemCount: number;
  /** Every status, zeros included, in vocabulary order (lib/status.ts). */
  tally: { code: Status; count: number }[];
}

/** Each published area with the number of its items in each current status: one GROUP BY. */
async function readAreaStatusCounts(): Promise<AreaStatusCountsDto[]> {
  const [areas, rows] = await Promise.all([
    listAreas(),
    db().item.groupBy({
      by: ['areaId', 'currentStatus'],
      where: publishedItemWhere,
      _count: { _all: true },
    }),
  ]);
  return areas.map((area) => {
    const counts = new Map<Status, number>();
    for (const row of rows)
      if (row.areaId === area.id) counts.set(row.currentStatus, row._count._all);
    const tally = STATUS_CODES.map((code) => ({ code, count: counts.get(code) ?? 0 }));
    return { ...area, itemCount: sum(tally), tally };
  });
}

export const listAreaStatusCounts = cachedRead('area-status-counts', readAreaStatusCounts);

function sum(tally: { count: number }[]): number {
  return tally.reduce((total, entry) => total + entry.count, 0);
}

/** The tally of all published items: the areas' tallies added up. */
export function overallTally(areas: AreaStatusCountsDto[]): { code: Status; count: number }[] {
  return STATUS_CODES.map((code) => ({
    code,
    count: sum(areas.map((area) => area.tally.find((entry) => entry.code === code)!)),
  }));
}

const evidenceSelect = {
  // An archived statement no longer appears in public, as evidence neither
  // (issue 9, finding 13).
  where: { statement: { archivedAt: null } },
  orderBy: { statementId: 'asc' },
  select: {
    statement: {
      select: {
        id: true,
        quote: true,
        speaker: true,
        relayedFrom: true,
        source: {
          select: {
            id: true,
            title: true,
            outletType: true,
            outlet: true,
            provenance: true,
            originalOutlet: true,
          },
        },
      },
    },
  },
} satisfies Prisma.StatusChange$evidenceArgs;

type ChangeRow = Prisma.StatusChangeGetPayload<{
  select: typeof statusChangeEntrySelect & { itemId: true; evidence: typeof evidenceSelect };
}>;

function toStatusChangeDto(change: ChangeRow): StatusChangeDto {
  return {
    ...toStatusChangeEntry(change),
    itemId: change.itemId,
    evidence: change.evidence.map(({ statement }) => ({
      statementId: statement.id,
      quote: statement.quote,
      speaker: statement.speaker,
      relayedFrom: statement.relayedFrom,
      sourceId: statement.source.id,
      sourceTitle: statement.source.title,
      outletType: statement.source.outletType,
      source: {
        outlet: statement.source.outlet,
        provenance: statement.source.provenance,
        originalOutlet: statement.source.originalOutlet,
      },
    })),
  };
}

/** The whole status history (oldest first) of each of `itemIds`: one query for a page of items. */
export async function readStatusHistories(
  itemIds: readonly string[],
): Promise<Map<string, StatusChangeDto[]>> {
  const histories = new Map<string, StatusChangeDto[]>(itemIds.map((id) => [id, []]));
  if (itemIds.length === 0) return histories;
  const rows = await db().statusChange.findMany({
    where: { itemId: { in: [...itemIds] } },
    orderBy: statusHistoryOrder,
    select: { ...statusChangeEntrySelect, itemId: true, evidence: evidenceSelect },
  });
  for (const row of rows) histories.get(row.itemId)?.push(toStatusChangeDto(row));
  return histories;
}

export const milestoneSelect = {
  ...milestoneFieldsSelect,
  evidence: { select: { id: true, quote: true, sourceId: true, archivedAt: true } },
} satisfies Prisma.MilestoneSelect;

export function toMilestoneDto(
  row: Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>,
): MilestoneDto {
  const evidence = row.evidence && !row.evidence.archivedAt ? row.evidence : null;
  return {
    id: row.id,
    title: row.title,
    titleRu: row.titleRu,
    dueOn: isoDay(row.dueOn),
    precision: row.precision,
    metOn: row.metOn && isoDay(row.metOn),
    missedOn: row.missedOn && isoDay(row.missedOn),
    outcomePrecision: row.outcomePrecision,
    evidence: evidence && {
      statementId: evidence.id,
      quote: evidence.quote,
      sourceId: evidence.sourceId,
    },
  };
}

/** One published item with its area, milestones and whole status history, or null. */
async function readPublishedItem(id: string): Promise<(ItemSummaryDto & { area: AreaDto }) | null> {
  const item = await db().item.findFirst({
    where: { ...publishedItemWhere, id },
    select: {
      id: true,
      areaId: true,
      position: true,
      title: true,
      summary: true,
      titleRu: true,
      summaryRu: true,
      currentStatus: true,
      area: { select: areaSelect },
      milestones: {
        orderBy: { position: 'asc' },
        select: milestoneSelect,
      },
    },
  });
  if (!item) return null;
  const [histories, lastEvidence] = await Promise.all([
    readStatusHistories([id]),
    db().$queryRaw<{ day: Date | null }[]>`
      SELECT ${latestQuoteDaySql(Prisma.sql`${id}`)} AS day`,
  ]);
  const day = lastEvidence[0]?.day;
  return {
    id: item.id,
    areaId: item.areaId,
    position: item.position,
    title: item.title,
    summary: item.summary,
    titleRu: item.titleRu,
    summaryRu: item.summaryRu,
    status: item.currentStatus,
    lastEvidenceOn: day ? isoDay(day) : null,
    milestones: item.milestones.map(toMilestoneDto),
    statusChanges: histories.get(id) ?? [],
    area: item.area,
  };
}

export const getPublishedItem = cachedRead('published-item', readPublishedItem);

export interface ItemLinkDto {
  id: string;
  areaId: string;
  title: string;
  titleRu: string;
  status: Status;
}

/** The first `perArea` published items of every area, in order: what an area card lists. */
async function readAreaItemPreviews(perArea: number): Promise<ItemLinkDto[]> {
  // A LATERAL per area walks the (areaId, position) index: work bounded by the rows shown.
  return db().$queryRaw<ItemLinkDto[]>`
    SELECT i.id, i."areaId", i.title, i."titleRu", i."currentStatus"::text AS status
    FROM "PriorityArea" a
    CROSS JOIN LATERAL (
      SELECT id, "areaId", title, "titleRu", "currentStatus", position FROM "Item"
      WHERE "areaId" = a.id AND "archivedAt" IS NULL
      ORDER BY position, id
      LIMIT ${perArea}
    ) i
    WHERE a."archivedAt" IS NULL
    ORDER BY a.position, i.position, i.id`;
}

export const listAreaItemPreviews = cachedRead('area-item-previews', readAreaItemPreviews);
