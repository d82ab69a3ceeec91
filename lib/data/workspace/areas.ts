import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AreaKind } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/session';
import { assertRole, type Outcome } from '@/lib/data/shared/authz';
import { moveRecord, setRecordArchived, type OrderedModel } from '@/lib/data/shared/ordering';
import { conflictFor, updateWithVersion } from '@/lib/data/shared/versioned';

// The priority areas (and the presidency's goals) as analysts manage them:
// titles, summaries, order, archiving. Same rules as items: role check,
// version guard, one Revision per write in the same transaction.

export interface AreaEditDto {
  id: string;
  kind: AreaKind;
  title: string;
  summary: string;
  position: number;
  version: number;
  isArchived: boolean;
  itemCount: number;
}

const areaSnapshotSelect = {
  id: true,
  presidencyId: true,
  kind: true,
  title: true,
  summary: true,
  position: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.PriorityAreaSelect;

type AreaSnapshot = Prisma.PriorityAreaGetPayload<{ select: typeof areaSnapshotSelect }>;

const areaModel: OrderedModel<AreaSnapshot, Prisma.PriorityAreaUpdateManyMutationInput> = {
  entityType: 'PriorityArea',
  noun: 'area',
  scope: '',
  find: (tx, id) => tx.priorityArea.findUnique({ where: { id }, select: areaSnapshotSelect }),
  update: async (tx, id, version, data) => {
    const updated = await tx.priorityArea.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    return updated.count > 0;
  },
  fieldsOf: (area) => ({ title: area.title, summary: area.summary }),
  lockSiblings: async (tx, area) => {
    // One reorder of a presidency's areas at a time.
    await tx.$queryRaw`SELECT id FROM "Presidency" WHERE id = ${area.presidencyId} FOR UPDATE`;
    return tx.priorityArea.findMany({
      where: { presidencyId: area.presidencyId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, position: true },
    });
  },
  setPosition: async (tx, id, position) => {
    await tx.priorityArea.update({ where: { id }, data: { position } });
  },
};

export async function listAreasForEdit(actor: SessionUser | null): Promise<AreaEditDto[]> {
  assertRole(actor, 'ANALYST');
  const areas = await db().priorityArea.findMany({
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: {
      ...areaSnapshotSelect,
      _count: { select: { items: { where: { archivedAt: null } } } },
    },
  });
  return areas.map((area) => ({
    id: area.id,
    kind: area.kind,
    title: area.title,
    summary: area.summary,
    position: area.position,
    version: area.version,
    isArchived: area.archivedAt !== null,
    itemCount: area._count.items,
  }));
}

export async function updateArea(
  actor: SessionUser | null,
  input: { id: string; version: number; title: string; summary: string },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const before = await areaModel.find(tx, input.id);
    if (!before) return { ok: false, message: 'This area no longer exists.' };
    if (before.version !== input.version) return conflictFor(tx, areaModel, input.id);
    if (before.title === input.title && before.summary === input.summary)
      return { ok: true, value: undefined };
    const isSaved = await updateWithVersion(tx, areaModel, {
      id: input.id,
      version: input.version,
      data: { title: input.title, summary: input.summary },
      before,
      action: 'update',
      actorId: actor.id,
    });
    if (!isSaved) return conflictFor(tx, areaModel, input.id);
    return { ok: true, value: undefined };
  });
}

/** Swaps an area with its neighbour within its presidency. */
export async function moveArea(
  actor: SessionUser | null,
  input: { id: string; version: number; direction: 'up' | 'down' },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction((tx) => moveRecord(tx, areaModel, { ...input, actorId: actor.id }));
}

/** Archiving an area hides it and all its items from the public pages; nothing is deleted. */
export async function setAreaArchived(
  actor: SessionUser | null,
  input: { id: string; version: number; archived: boolean },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction((tx) =>
    setRecordArchived(tx, areaModel, { ...input, actorId: actor.id }),
  );
}
