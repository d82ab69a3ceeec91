import 'server-only';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import { isoDay } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DatePrecision } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/session';
import { lastDayOfPeriod, milestoneFormValues } from '@/lib/validation/items';
import { ACTION_OR_OUTCOME_KINDS, statementKindLabel } from '@/lib/statement-kinds';
import { milestoneFieldsSelect } from '@/lib/data/shared/milestone-fields';
import { assertRole, type Outcome } from '@/lib/data/shared/authz';
import { conflictFor, updateWithVersion, type VersionedModel } from '@/lib/data/shared/versioned';

// Milestones of an item: dated steps shown on the public item page. A
// milestone that was ever public is part of the public record and cannot be
// removed (edit it instead); one that never was can be.

type Tx = Prisma.TransactionClient;

export interface MilestoneInput {
  title: string;
  dueOn: string;
  precision: DatePrecision;
  /** Last day of the outcome's period (outcomePrecision); at most one of the two. */
  metOn: string | null;
  missedOn: string | null;
  outcomePrecision: DatePrecision;
  /** The statement reporting the outcome; set exactly when an outcome is. */
  evidenceId: string | null;
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const milestoneSelect = {
  ...milestoneFieldsSelect,
  itemId: true,
  evidenceId: true,
  position: true,
  version: true,
  createdAt: true,
} satisfies Prisma.MilestoneSelect;

type MilestoneRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>;

/** What the audit log keeps: dates as days, never instants. */
function snapshot(row: MilestoneRow) {
  return {
    id: row.id,
    itemId: row.itemId,
    title: row.title,
    dueOn: isoDay(row.dueOn),
    precision: row.precision,
    metOn: row.metOn && isoDay(row.metOn),
    missedOn: row.missedOn && isoDay(row.missedOn),
    outcomePrecision: row.outcomePrecision,
    evidenceId: row.evidenceId,
    position: row.position,
    version: row.version,
  };
}

/**
 * Why this outcome cannot be recorded, or null: its evidence must be a citable
 * report of action or assessment of outcome quoted for this item, and an item
 * rated "Kept" cannot have a milestone that is not met (it would contradict
 * its own status: correct the status first). Locks the statement FOR SHARE.
 */
async function outcomeProblem(
  tx: Tx,
  itemId: string,
  input: MilestoneInput,
): Promise<{ message: string; field?: string } | null> {
  if ((input.metOn || input.missedOn) && !input.evidenceId) {
    return {
      field: 'evidenceId',
      message: 'Choose the statement that reports it: a milestone is met or missed on evidence.',
    };
  }
  if (input.evidenceId) {
    await tx.$queryRaw`SELECT id FROM "Statement" WHERE id = ${input.evidenceId} FOR SHARE`;
    const statement = await tx.statement.findUnique({
      where: { id: input.evidenceId },
      select: {
        kind: true,
        anchorState: true,
        archivedAt: true,
        items: { where: { itemId }, select: { itemId: true } },
      },
    });
    const field = 'evidenceId';
    if (!statement || statement.items.length === 0)
      return { field, message: 'Choose one of the statements quoted for this item.' };
    if (statement.archivedAt || statement.anchorState !== 'ANCHORED')
      return { field, message: 'This statement is archived or orphaned and cannot be cited.' };
    if (!ACTION_OR_OUTCOME_KINDS.includes(statement.kind)) {
      return {
        field,
        message: `A ${statementKindLabel(statement.kind).toLowerCase()} cannot show a milestone was met or missed: choose a report of action or an assessment of outcome.`,
      };
    }
  }
  if (input.metOn === null) {
    const item = await tx.item.findUnique({
      where: { id: itemId },
      select: { currentStatus: true },
    });
    if (item?.currentStatus === 'KEPT') {
      return {
        message:
          'This item is rated “Kept”: each of its milestones must be met. Record a correction of its status first if this milestone was not met.',
      };
    }
  }
  return null;
}

async function isItemPublic(tx: Tx, itemId: string): Promise<boolean | null> {
  const item = await tx.item.findUnique({
    where: { id: itemId },
    select: { archivedAt: true, area: { select: { archivedAt: true } } },
  });
  if (!item) return null;
  return item.archivedAt === null && item.area.archivedAt === null;
}

export async function createMilestone(
  actor: SessionUser | null,
  input: MilestoneInput & { itemId: string },
): Promise<Outcome<{ id: string }>> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    // Serializes positions with concurrent additions to the same item.
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Item" WHERE id = ${input.itemId} FOR UPDATE`;
    const isPublic = await isItemPublic(tx, input.itemId);
    if (locked.length === 0 || isPublic === null)
      return { ok: false, message: 'This item no longer exists.' };
    const problem = await outcomeProblem(tx, input.itemId, input);
    if (problem) return { ok: false, ...problem };
    const last = await tx.milestone.aggregate({
      where: { itemId: input.itemId },
      _max: { position: true },
    });
    const row = await tx.milestone.create({
      data: {
        itemId: input.itemId,
        title: input.title,
        dueOn: day(lastDayOfPeriod(input.dueOn, input.precision)),
        precision: input.precision,
        ...outcomeData(input),
        position: (last._max.position ?? -1) + 1,
      },
      select: milestoneSelect,
    });
    await recordRevision(tx, {
      entityType: 'Milestone',
      entityId: row.id,
      action: 'create',
      actorId: actor.id,
      after: { ...snapshot(row), wasPublic: isPublic },
    });
    return { ok: true, value: { id: row.id } };
  });
}

type MilestoneSnapshot = ReturnType<typeof snapshot>;

const milestoneModel: VersionedModel<MilestoneSnapshot, Prisma.MilestoneUpdateManyMutationInput> = {
  entityType: 'Milestone',
  noun: 'milestone',
  find: async (tx, id) => {
    const row = await tx.milestone.findUnique({ where: { id }, select: milestoneSelect });
    return row && snapshot(row);
  },
  update: async (tx, id, version, data) =>
    (
      await tx.milestone.updateMany({
        where: { id, version },
        data: { ...data, version: { increment: 1 } },
      })
    ).count > 0,
  // As the form has them (the merge view compares them with what was typed).
  fieldsOf: (current) => milestoneFormValues(current),
};

function outcomeData(input: MilestoneInput) {
  return {
    metOn: input.metOn ? day(input.metOn) : null,
    missedOn: input.missedOn ? day(input.missedOn) : null,
    outcomePrecision: input.outcomePrecision,
    evidenceId: input.evidenceId,
  };
}

export async function updateMilestone(
  actor: SessionUser | null,
  input: MilestoneInput & { id: string; version: number },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const before = await milestoneModel.find(tx, input.id);
    if (!before) return { ok: false, message: 'This milestone no longer exists.' };
    if (before.version !== input.version) return conflictFor(tx, milestoneModel, input.id);
    const stored = milestoneModel.fieldsOf(before);
    const next = milestoneFormValues({
      ...input,
      dueOn: lastDayOfPeriod(input.dueOn, input.precision),
    });
    if (Object.entries(next).every(([key, value]) => stored[key] === value))
      return { ok: true, value: undefined };
    const problem = await outcomeProblem(tx, before.itemId, input);
    if (problem) return { ok: false, ...problem };
    const saved = await updateWithVersion(tx, milestoneModel, {
      id: input.id,
      version: input.version,
      data: {
        title: input.title,
        dueOn: day(lastDayOfPeriod(input.dueOn, input.precision)),
        precision: input.precision,
        ...outcomeData(input),
      },
      before,
      action: 'update',
      actorId: actor.id,
    });
    return saved ? { ok: true, value: undefined } : conflictFor(tx, milestoneModel, input.id);
  });
}

/**
 * Whether a milestone may have been shown publicly: its item was public when
 * it was added, is public now, or may have become public since (any
 * unarchiving, or a change of the item's area). Errs on the side of "yes".
 */
async function wasEverPublic(tx: Tx, row: MilestoneRow): Promise<boolean> {
  if (await isItemPublic(tx, row.itemId)) return true;
  const created = await tx.revision.findFirst({
    where: { entityType: 'Milestone', entityId: row.id, action: 'create' },
    select: { after: true },
  });
  const after = created?.after as { wasPublic?: unknown } | null | undefined;
  if (after?.wasPublic !== false) return true;
  const since = await tx.revision.count({
    where: {
      at: { gte: row.createdAt },
      OR: [
        {
          entityType: 'Item',
          entityId: row.itemId,
          action: { in: ['unarchive', 'update', 'restore'] },
        },
        { entityType: 'PriorityArea', action: 'unarchive' },
      ],
    },
  });
  return since > 0;
}

/** Deletes a milestone that was never public; refuses one that was. */
export async function removeMilestone(
  actor: SessionUser | null,
  input: { id: string; version: number },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const before = await tx.milestone.findUnique({
      where: { id: input.id },
      select: milestoneSelect,
    });
    if (!before) return { ok: false, message: 'This milestone no longer exists.' };
    if (before.version !== input.version) {
      return {
        ok: false,
        message:
          'Someone else changed this milestone after you loaded the page. Reload and try again.',
      };
    }
    if (await wasEverPublic(tx, before)) {
      return {
        ok: false,
        message:
          'This milestone has been public, so it stays on the record. Correct it instead, or mark the date it was met.',
      };
    }
    const removed = await tx.milestone.deleteMany({
      where: { id: input.id, version: input.version },
    });
    if (removed.count === 0)
      return {
        ok: false,
        message:
          'Someone else changed this milestone after you loaded the page. Reload and try again.',
      };
    await recordRevision(tx, {
      entityType: 'Milestone',
      entityId: input.id,
      action: 'remove',
      actorId: actor.id,
      before: snapshot(before),
    });
    return { ok: true, value: undefined };
  });
}
