import 'server-only';
import type { Outcome } from '@/lib/data/shared/authz';
import { updateWithVersion, type Tx, type VersionedModel } from '@/lib/data/shared/versioned';

// Reordering and archiving, shared by areas (ordered within their presidency)
// and items (ordered within their area).

type OrderingData = { position: number } | { archivedAt: Date | null };

export interface OrderedModel<
  S extends { version: number; archivedAt: Date | null },
  D,
> extends VersionedModel<S, D> {
  /** Locks the record's group (one reorder at a time) and lists it in order. */
  lockSiblings: (tx: Tx, record: S) => Promise<{ id: string; position: number }[]>;
  setPosition: (tx: Tx, id: string, position: number) => Promise<void>;
  /** Where "already first/last" holds, e.g. " in its area". */
  scope: string;
}

/** Swaps a record with its neighbour in its group (positions renumbered 0…n-1). */
export async function moveRecord<S extends { version: number; archivedAt: Date | null }>(
  tx: Tx,
  model: OrderedModel<S, OrderingData>,
  input: { id: string; version: number; direction: 'up' | 'down'; actorId: string },
): Promise<Outcome> {
  const record = await model.find(tx, input.id);
  if (!record) return { ok: false, message: `This ${model.noun} no longer exists.` };
  const siblings = await model.lockSiblings(tx, record);
  const index = siblings.findIndex((sibling) => sibling.id === input.id);
  const target = input.direction === 'up' ? index - 1 : index + 1;
  if (target < 0 || target >= siblings.length) {
    const end = input.direction === 'up' ? 'first' : 'last';
    return { ok: false, message: `This ${model.noun} is already ${end}${model.scope}.` };
  }
  const order = siblings.map((sibling) => sibling.id);
  [order[index], order[target]] = [order[target]!, order[index]!];
  const isMoved = await updateWithVersion(tx, model, {
    id: input.id,
    version: input.version,
    data: { position: target },
    before: record,
    action: 'move',
    actorId: input.actorId,
  });
  if (!isMoved)
    return {
      ok: false,
      message: `Someone else changed this ${model.noun} after you loaded the list. The list now shows the current order.`,
    };
  for (const [position, id] of order.entries()) {
    const sibling = siblings.find((candidate) => candidate.id === id)!;
    if (id !== input.id && sibling.position !== position) await model.setPosition(tx, id, position);
  }
  return { ok: true, value: undefined };
}

/** Archives (hides from every public page) or publishes again. Nothing is deleted. */
export async function setRecordArchived<S extends { version: number; archivedAt: Date | null }>(
  tx: Tx,
  model: OrderedModel<S, OrderingData>,
  input: { id: string; version: number; archived: boolean; actorId: string },
): Promise<Outcome> {
  const before = await model.find(tx, input.id);
  if (!before) return { ok: false, message: `This ${model.noun} no longer exists.` };
  if ((before.archivedAt !== null) === input.archived) {
    const state = input.archived ? 'archived' : 'published';
    return { ok: false, message: `This ${model.noun} is already ${state}.` };
  }
  const isSaved = await updateWithVersion(tx, model, {
    id: input.id,
    version: input.version,
    data: { archivedAt: input.archived ? new Date() : null },
    before,
    action: input.archived ? 'archive' : 'unarchive',
    actorId: input.actorId,
  });
  if (!isSaved)
    return {
      ok: false,
      message: `Someone else changed this ${model.noun} after you loaded the page. Reload and try again.`,
    };
  return { ok: true, value: undefined };
}
