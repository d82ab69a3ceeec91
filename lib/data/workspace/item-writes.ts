import 'server-only';
import { randomBytes } from 'node:crypto';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/session';
import { assertRole, type Outcome } from '@/lib/data/shared/authz';
import { moveRecord, setRecordArchived, type OrderedModel } from '@/lib/data/shared/ordering';
import { conflictFor, updateWithVersion, type Tx } from '@/lib/data/shared/versioned';
import { fieldsOf, itemSnapshotSelect, type ItemSnapshot } from '@/lib/data/shared/item-snapshot';
import type { ItemFields } from '@/lib/data/workspace/items';

// Items as the analysts manage them: every item, archived ones included, and
// the writes on them. Each write checks the role, guards against lost updates
// with the version the form loaded, and logs a Revision in its transaction.

/** A readable, stable id for the public URL (/items/<id>), unique. */
function slugFor(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug.length >= 3 ? slug : `item-${randomBytes(4).toString('hex')}`;
}

async function nextPosition(tx: Tx, areaId: string): Promise<number> {
  const last = await tx.item.aggregate({ where: { areaId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

/** Serializes writes that reorder one area's items. */
async function lockArea(tx: Tx, areaId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "PriorityArea" WHERE id = ${areaId} FOR UPDATE`;
  return rows.length > 0;
}

const itemModel: OrderedModel<ItemSnapshot, Prisma.ItemUpdateManyMutationInput> = {
  entityType: 'Item',
  noun: 'item',
  scope: ' in its area',
  find: (tx, id) => tx.item.findUnique({ where: { id }, select: itemSnapshotSelect }),
  update: async (tx, id, version, data) => {
    const updated = await tx.item.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    return updated.count > 0;
  },
  fieldsOf,
  lockSiblings: async (tx, item) => {
    await lockArea(tx, item.areaId);
    return tx.item.findMany({
      where: { areaId: item.areaId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, position: true },
    });
  },
  setPosition: async (tx, id, position) => {
    await tx.item.update({ where: { id }, data: { position } });
  },
};

export async function createItem(
  actor: SessionUser | null,
  input: { areaId: string; title: string; summary: string },
): Promise<Outcome<{ id: string }>> {
  assertRole(actor, 'ANALYST');
  const base = slugFor(input.title);
  return db().$transaction(async (tx) => {
    if (!(await lockArea(tx, input.areaId)))
      return { ok: false, message: 'Choose an area.', field: 'areaId' };
    // Items of other areas may take the same id at once: serialize on it
    // (released at commit; taken after the area's lock, so never a cycle).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`item-id:${base}`}, 0))`;
    const taken = await tx.item.findUnique({ where: { id: base }, select: { id: true } });
    const id = taken ? `${base}-${randomBytes(3).toString('hex')}` : base;
    const item = await tx.item.create({
      data: {
        id,
        areaId: input.areaId,
        position: await nextPosition(tx, input.areaId),
        title: input.title,
        summary: input.summary,
      },
      select: itemSnapshotSelect,
    });
    await recordRevision(tx, {
      entityType: 'Item',
      entityId: item.id,
      action: 'create',
      actorId: actor.id,
      after: item,
    });
    return { ok: true, value: { id: item.id } };
  });
}

/** Saves title, summary and area, unless someone saved since `version`. */
export async function updateItem(
  actor: SessionUser | null,
  input: ItemFields & { id: string; version: number },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const before = await itemModel.find(tx, input.id);
    if (!before) return { ok: false, message: 'This item no longer exists.' };
    if (before.version !== input.version) return conflictFor(tx, itemModel, input.id);
    // Saving unchanged values writes nothing: no empty revision, no new version.
    const titleRu = input.titleRu ?? before.titleRu;
    const summaryRu = input.summaryRu ?? before.summaryRu;
    if (
      before.title === input.title &&
      before.summary === input.summary &&
      before.titleRu === titleRu &&
      before.summaryRu === summaryRu &&
      before.areaId === input.areaId
    )
      return { ok: true, value: undefined };
    const isMoving = before.areaId !== input.areaId;
    if (isMoving && !(await lockArea(tx, input.areaId)))
      return { ok: false, message: 'Choose an area.', field: 'areaId' };
    // The version guard makes this a no-op when someone saved in between.
    const isSaved = await updateWithVersion(tx, itemModel, {
      id: input.id,
      version: input.version,
      data: {
        title: input.title,
        summary: input.summary,
        titleRu,
        summaryRu,
        areaId: input.areaId,
        ...(isMoving ? { position: await nextPosition(tx, input.areaId) } : {}),
      },
      before,
      action: 'update',
      actorId: actor.id,
    });
    if (!isSaved) return conflictFor(tx, itemModel, input.id);
    return { ok: true, value: undefined };
  });
}

/** Swaps an item with its neighbour in its area (positions renumbered 0…n-1). */
export async function moveItem(
  actor: SessionUser | null,
  input: { id: string; version: number; direction: 'up' | 'down' },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction((tx) => moveRecord(tx, itemModel, { ...input, actorId: actor.id }));
}

/** Archives (hides from every public page) or publishes again. Nothing is deleted. */
export async function setItemArchived(
  actor: SessionUser | null,
  input: { id: string; version: number; archived: boolean },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction((tx) =>
    setRecordArchived(tx, itemModel, { ...input, actorId: actor.id }),
  );
}

function pickFields(snapshot: unknown): Partial<ItemFields> {
  if (!snapshot || typeof snapshot !== 'object') return {};
  const record = snapshot as Record<string, unknown>;
  const fields: Partial<ItemFields> = {};
  for (const key of ['title', 'summary', 'titleRu', 'summaryRu', 'areaId'] as const) {
    if (typeof record[key] === 'string') fields[key] = record[key];
  }
  return fields;
}

/**
 * Brings back the title, summary and area an item had in one revision (its
 * `after`, or its `before`), as a new revision: history only grows.
 */
export async function restoreItemVersion(
  actor: SessionUser | null,
  input: { itemId: string; version: number; revisionId: string; side: 'before' | 'after' },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const revision = await tx.revision.findUnique({
      where: { id: BigInt(input.revisionId) },
      select: { id: true, entityType: true, entityId: true, before: true, after: true },
    });
    if (!revision || revision.entityType !== 'Item' || revision.entityId !== input.itemId) {
      return { ok: false, message: 'This revision does not belong to this item.' };
    }
    const fields = pickFields(revision[input.side]);
    if (Object.keys(fields).length === 0)
      return { ok: false, message: 'This revision holds no title, summary or area to restore.' };
    const before = await itemModel.find(tx, input.itemId);
    if (!before) return { ok: false, message: 'This item no longer exists.' };
    const staleMessage =
      'Someone else saved this item after you opened its history. The page now shows the newest revisions; choose again.';
    if (before.version !== input.version) return { ok: false, message: staleMessage };
    const areaId = fields.areaId ?? before.areaId;
    const isMoving = areaId !== before.areaId;
    if (isMoving && !(await lockArea(tx, areaId)))
      return { ok: false, message: 'The area of that version no longer exists.' };
    const isSaved = await updateWithVersion(tx, itemModel, {
      id: input.itemId,
      version: input.version,
      data: { ...fields, ...(isMoving ? { position: await nextPosition(tx, areaId) } : {}) },
      before,
      action: 'restore',
      actorId: actor.id,
      note: { restoredFrom: { revisionId: revision.id.toString(), side: input.side } },
    });
    if (!isSaved) return { ok: false, message: staleMessage };
    return { ok: true, value: undefined };
  });
}
