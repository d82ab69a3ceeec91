import 'server-only';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AreaKind } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/session';
import { assertRole, STALE_MESSAGE, type Outcome } from './authz';

// The priority areas (and the presidency's goals) as analysts manage them:
// titles, summaries, order, archiving. Same rules as items: role check,
// version guard, one Revision per write in the same transaction.

type Tx = Prisma.TransactionClient;

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

async function conflictFor(tx: Tx, id: string): Promise<Outcome<never>> {
  const current = await tx.priorityArea.findUnique({ where: { id }, select: areaSnapshotSelect });
  if (!current) return { ok: false, message: 'This area no longer exists.' };
  return {
    ok: false,
    message: STALE_MESSAGE,
    conflict: {
      currentVersion: current.version,
      current: { title: current.title, summary: current.summary },
    },
  };
}

export async function updateArea(
  actor: SessionUser | null,
  input: { id: string; version: number; title: string; summary: string },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const before = await tx.priorityArea.findUnique({
      where: { id: input.id },
      select: areaSnapshotSelect,
    });
    if (!before) return { ok: false, message: 'This area no longer exists.' };
    if (before.version !== input.version) return conflictFor(tx, input.id);
    if (before.title === input.title && before.summary === input.summary)
      return { ok: true, value: undefined };
    const updated = await tx.priorityArea.updateMany({
      where: { id: input.id, version: input.version },
      data: { title: input.title, summary: input.summary, version: { increment: 1 } },
    });
    if (updated.count === 0) return conflictFor(tx, input.id);
    const after = await tx.priorityArea.findUniqueOrThrow({
      where: { id: input.id },
      select: areaSnapshotSelect,
    });
    await recordRevision(tx, {
      entityType: 'PriorityArea',
      entityId: input.id,
      action: 'update',
      actorId: actor.id,
      before,
      after,
    });
    return { ok: true, value: undefined };
  });
}

/** Swaps an area with its neighbour within its presidency. */
export async function moveArea(
  actor: SessionUser | null,
  input: { id: string; version: number; direction: 'up' | 'down' },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const area = await tx.priorityArea.findUnique({
      where: { id: input.id },
      select: areaSnapshotSelect,
    });
    if (!area) return { ok: false, message: 'This area no longer exists.' };
    // One reorder of a presidency's areas at a time.
    await tx.$queryRaw`SELECT id FROM "Presidency" WHERE id = ${area.presidencyId} FOR UPDATE`;
    const siblings = await tx.priorityArea.findMany({
      where: { presidencyId: area.presidencyId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, position: true },
    });
    const index = siblings.findIndex((sibling) => sibling.id === input.id);
    const target = input.direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= siblings.length) {
      return {
        ok: false,
        message:
          input.direction === 'up' ? 'This area is already first.' : 'This area is already last.',
      };
    }
    const order = siblings.map((sibling) => sibling.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    const moved = await tx.priorityArea.updateMany({
      where: { id: input.id, version: input.version },
      data: { position: target, version: { increment: 1 } },
    });
    if (moved.count === 0)
      return {
        ok: false,
        message:
          'Someone else changed this area after you loaded the list. The list now shows the current order.',
      };
    for (const [position, id] of order.entries()) {
      const sibling = siblings.find((candidate) => candidate.id === id)!;
      if (id !== input.id && sibling.position !== position)
        await tx.priorityArea.update({ where: { id }, data: { position } });
    }
    await recordRevision(tx, {
      entityType: 'PriorityArea',
      entityId: input.id,
      action: 'move',
      actorId: actor.id,
      before: area,
      after: { ...area, position: target, version: area.version + 1 },
    });
    return { ok: true, value: undefined };
  });
}

/** Archiving an area hides it and all its items from the public pages; nothing is deleted. */
export async function setAreaArchived(
  actor: SessionUser | null,
  input: { id: string; version: number; archived: boolean },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const before = await tx.priorityArea.findUnique({
      where: { id: input.id },
      select: areaSnapshotSelect,
    });
    if (!before) return { ok: false, message: 'This area no longer exists.' };
    if ((before.archivedAt !== null) === input.archived) {
      return {
        ok: false,
        message: input.archived
          ? 'This area is already archived.'
          : 'This area is already published.',
      };
    }
    const updated = await tx.priorityArea.updateMany({
      where: { id: input.id, version: input.version },
      data: { archivedAt: input.archived ? new Date() : null, version: { increment: 1 } },
    });
    if (updated.count === 0)
      return {
        ok: false,
        message: 'Someone else changed this area after you loaded the page. Reload and try again.',
      };
    const after = await tx.priorityArea.findUniqueOrThrow({
      where: { id: input.id },
      select: areaSnapshotSelect,
    });
    await recordRevision(tx, {
      entityType: 'PriorityArea',
      entityId: input.id,
      action: input.archived ? 'archive' : 'unarchive',
      actorId: actor.id,
      before,
      after,
    });
    return { ok: true, value: undefined };
  });
}
