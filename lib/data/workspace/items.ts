import 'server-only';
import { db } from '@/lib/db';
import { isoDay, isoInstant, todayInTracker } from '@/lib/dates';
import type { AreaKind, DatePrecision, StatementKind, Status } from '@/lib/generated/prisma/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/session';
import { isOverdue } from '@/lib/validation/items';
import { milestoneFieldsSelect } from '@/lib/data/shared/milestone-fields';
import { assertRole } from '@/lib/data/shared/authz';
import { itemSnapshotSelect } from '@/lib/data/shared/item-snapshot';
import { latestQuoteDaySql } from '@/lib/data/shared/evidence-fields';

// Items as the analysts manage them: every item, archived ones included, and
// the writes on them. Each write checks the role, guards against lost updates
// with the version the form loaded, and logs a Revision in its transaction.

export interface WorkspaceItemRowDto extends ItemFactsDto {
  title: string;
  position: number;
  version: number;
  isArchived: boolean;
  milestoneCount: number;
  overdueCount: number;
}

/** What an analyst checks at a glance in the items list (issue 11). */
export interface ItemFactsDto {
  id: string;
  status: Status;
  /** The latest statement date or status change of the item, or null. */
  lastEvidenceOn: string | null;
  /** Milestones neither met nor missed. */
  openMilestones: number;
}

/** The items shown in a list of the workspace, per area, before "show all". */
export const WORKSPACE_ITEMS_PER_AREA = 50;

/** Status, last evidence and open milestones of the given items, in one query. */
export async function readItemFacts(
  actor: SessionUser | null,
  ids: readonly string[],
): Promise<Map<string, ItemFactsDto>> {
  assertRole(actor, 'ANALYST');
  if (ids.length === 0) return new Map();
  const rows = await db().$queryRaw<
    { id: string; status: Status; last_evidence: Date | null; open_milestones: number }[]
  >`
    SELECT i.id, i."currentStatus" AS status,
      greatest(
        ${latestQuoteDaySql(Prisma.sql`i.id`)},
        (SELECT max(sc."effectiveOn") FROM "StatusChange" sc WHERE sc."itemId" = i.id)
      ) AS last_evidence,
      (SELECT count(*)::int FROM "Milestone" m
        WHERE m."itemId" = i.id AND m."metOn" IS NULL AND m."missedOn" IS NULL) AS open_milestones
    FROM "Item" i
    WHERE i.id = ANY(${[...ids]}::text[])`;
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        status: row.status,
        lastEvidenceOn: row.last_evidence && isoDay(row.last_evidence),
        openMilestones: row.open_milestones,
      },
    ]),
  );
}

export interface WorkspaceAreaDto {
  id: string;
  kind: AreaKind;
  title: string;
  isArchived: boolean;
  /** All of the area's items; `items` holds the first WORKSPACE_ITEMS_PER_AREA. */
  itemCount: number;
  items: WorkspaceItemRowDto[];
}

export interface AreaOptionDto {
  id: string;
  title: string;
  isArchived: boolean;
}

export interface ItemEditDto {
  id: string;
  areaId: string;
  areaTitle: string;
  title: string;
  summary: string;
  titleRu: string;
  summaryRu: string;
  version: number;
  isArchived: boolean;
  isAreaArchived: boolean;
  updatedAt: string;
  milestones: MilestoneEditDto[];
  statements: {
    id: string;
    quote: string;
    speaker: string;
    kind: StatementKind;
    sourceId: string;
    sourceTitle: string;
  }[];
}

export interface MilestoneEditDto {
  id: string;
  title: string;
  dueOn: string;
  precision: DatePrecision;
  metOn: string | null;
  missedOn: string | null;
  outcomePrecision: DatePrecision;
  evidenceId: string | null;
  version: number;
  isOverdue: boolean;
}

/** The editable fields of an item: what the edit form shows and a conflict compares. */
export interface ItemFields {
  title: string;
  summary: string;
  areaId: string;
  /** The tracker's Russian translation ('' for none); left as stored when not given. */
  titleRu?: string;
  summaryRu?: string;
}

/** Every area with every item, archived ones marked, in their public order. */
export async function listItemsForWorkspace(
  actor: SessionUser | null,
): Promise<WorkspaceAreaDto[]> {
  assertRole(actor, 'ANALYST');
  const today = todayInTracker();
  const areas = await db().priorityArea.findMany({
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      kind: true,
      title: true,
      archivedAt: true,
      _count: { select: { items: true } },
      items: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        // Bounded: the rest of a long area is one "show all" away (paged search).
        take: WORKSPACE_ITEMS_PER_AREA,
        select: {
          id: true,
          title: true,
          position: true,
          version: true,
          archivedAt: true,
          milestones: { select: { dueOn: true, metOn: true, missedOn: true } },
        },
      },
    },
  });
  const facts = await readItemFacts(
    actor,
    areas.flatMap((area) => area.items.map((item) => item.id)),
  );
  return areas.map((area) => ({
    id: area.id,
    kind: area.kind,
    title: area.title,
    isArchived: area.archivedAt !== null,
    itemCount: area._count.items,
    items: area.items.map((item) => ({
      ...facts.get(item.id)!,
      id: item.id,
      title: item.title,
      position: item.position,
      version: item.version,
      isArchived: item.archivedAt !== null,
      milestoneCount: item.milestones.length,
      overdueCount: item.milestones.filter((milestone) =>
        isOverdue(
          {
            dueOn: isoDay(milestone.dueOn),
            metOn: milestone.metOn && isoDay(milestone.metOn),
            missedOn: milestone.missedOn && isoDay(milestone.missedOn),
          },
          today,
        ),
      ).length,
    })),
  }));
}

/** The areas an item can belong to, for the area select. */
export async function listAreaOptions(actor: SessionUser | null): Promise<AreaOptionDto[]> {
  assertRole(actor, 'ANALYST');
  const areas = await db().priorityArea.findMany({
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, title: true, archivedAt: true },
  });
  return areas.map(({ archivedAt, ...area }) => ({ ...area, isArchived: archivedAt !== null }));
}

/** One item with what its edit page shows, or null. */
export async function getItemForEdit(
  actor: SessionUser | null,
  id: string,
): Promise<ItemEditDto | null> {
  assertRole(actor, 'ANALYST');
  const item = await db().item.findUnique({
    where: { id },
    select: {
      ...itemSnapshotSelect,
      updatedAt: true,
      area: { select: { title: true, archivedAt: true } },
      milestones: {
        orderBy: [{ position: 'asc' }, { dueOn: 'asc' }, { id: 'asc' }],
        select: { ...milestoneFieldsSelect, evidenceId: true, version: true },
      },
      statements: {
        where: { statement: { archivedAt: null } },
        orderBy: { statement: { createdAt: 'asc' } },
        select: {
          statement: {
            select: {
              id: true,
              quote: true,
              speaker: true,
              kind: true,
              source: { select: { id: true, title: true } },
            },
          },
        },
      },
    },
  });
  if (!item) return null;
  const today = todayInTracker();
  return {
    id: item.id,
    areaId: item.areaId,
    areaTitle: item.area.title,
    title: item.title,
    summary: item.summary,
    titleRu: item.titleRu,
    summaryRu: item.summaryRu,
    version: item.version,
    isArchived: item.archivedAt !== null,
    isAreaArchived: item.area.archivedAt !== null,
    updatedAt: isoInstant(item.updatedAt),
    milestones: item.milestones.map((milestone) => {
      const dto = {
        ...milestone,
        dueOn: isoDay(milestone.dueOn),
        metOn: milestone.metOn && isoDay(milestone.metOn),
        missedOn: milestone.missedOn && isoDay(milestone.missedOn),
      };
      return { ...dto, isOverdue: isOverdue(dto, today) };
    }),
    statements: item.statements.map(({ statement }) => ({
      id: statement.id,
      quote: statement.quote,
      speaker: statement.speaker,
      kind: statement.kind,
      sourceId: statement.source.id,
      sourceTitle: statement.source.title,
    })),
  };
}
