import 'server-only';
import { recordRevision } from '@/lib/audit';
import type { Prisma } from '@/lib/generated/prisma/client';
import { STALE_MESSAGE, type Outcome } from '@/lib/data/shared/authz';

// The version-guarded writes that areas, items and notes share. Prisma's
// delegates do not abstract well, so each entity describes itself with a few
// typed callbacks (a VersionedModel) and these helpers hold the logic.

export type Tx = Prisma.TransactionClient;

export interface VersionedModel<S extends { version: number }, D> {
  /** The Revision's entityType. */
  entityType: string;
  /** How messages name one record: "This <noun> no longer exists." */
  noun: string;
  /** The snapshot a Revision logs, or null. */
  find: (tx: Tx, id: string) => Promise<S | null>;
  /** Applies `data` and bumps the version if still at `version`; false when someone saved first. */
  update: (tx: Tx, id: string, version: number, data: D) => Promise<boolean>;
  /** The editable fields a conflict shows next to the user's. */
  fieldsOf: (snapshot: S) => Record<string, string>;
}

/** What is stored now, for the merge view (or a plain message if the record is gone). */
export async function conflictFor<S extends { version: number }, D>(
  tx: Tx,
  model: VersionedModel<S, D>,
  id: string,
): Promise<Outcome<never>> {
  const current = await model.find(tx, id);
  if (!current) return { ok: false, message: `This ${model.noun} no longer exists.` };
  return {
    ok: false,
    message: STALE_MESSAGE,
    conflict: { currentVersion: current.version, current: model.fieldsOf(current) },
  };
}

/**
 * Writes `data` unless someone saved since `version`, then logs `before` and
 * the stored result in one Revision. False (and nothing written) on a lost race.
 */
export async function updateWithVersion<S extends { version: number }, D>(
  tx: Tx,
  model: VersionedModel<S, D>,
  input: {
    id: string;
    version: number;
    data: D;
    before: S;
    action: string;
    actorId: string;
    /** Extra facts for the Revision's `after`. */
    note?: Record<string, unknown>;
  },
): Promise<boolean> {
  if (!(await model.update(tx, input.id, input.version, input.data))) return false;
  const after = await model.find(tx, input.id);
  if (!after) throw new Error(`${model.entityType} ${input.id} vanished inside its transaction.`);
  await recordRevision(tx, {
    entityType: model.entityType,
    entityId: input.id,
    action: input.action,
    actorId: input.actorId,
    before: input.before,
    after: input.note ? { ...after, ...input.note } : after,
  });
  return true;
}
