import 'server-only';
import { db } from '@/lib/db';
import { isoDay, isoInstant, todayInTracker } from '@/lib/dates';
import type { AreaKind, DatePrecision, StatementKind } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/session';
import { isOverdue } from '@/lib/validation/items';
import { milestoneFieldsSelect } from '@/lib/data/shared/milestone-fields';
import { assertRole } from '@/lib/data/shared/authz';
import { itemSnapshotSelect } from '@/lib/data/shared/item-snapshot';

// Items as the analysts manage them: every item, archived ones included, and
// the writes on them. Each write checks the role, guards against lost updates
// with the version the form loaded, and logs a Revision in its transaction.

export interface WorkspaceItemRowDto {
  id: string;
  title: string;
  position: number;
  version: number;
  isArchived: boolean;
  milestoneCount: number;
  overdueCount: number;
}

export interface WorkspaceAreaDto {
  id: string;
  kind: AreaKind;
  title: string;
  isArchived: boolean;
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
      items: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
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
  return areas.map((area) => ({
    id: area.id,
    kind: area.kind,
    title: area.title,
    isArchived: area.archivedAt !== null,
    items: area.items.map((item) => ({
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
