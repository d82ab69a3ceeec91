// An item's current status is derived from its append-only history, never
// stored apart from it. A correction replaces the row it corrects; a row that
// has been corrected no longer counts (but stays visible as history).
import type { Status } from '@/lib/generated/prisma/enums';

export interface StatusChangeFacts {
  id: string;
  status: Status;
  /** ISO date (YYYY-MM-DD) the status took effect. */
  effectiveOn: string;
  /** ISO timestamp the row was written. */
  createdAt: string;
  correctsId: string | null;
}

/** The rows that stand: every row no other row corrects, oldest first. */
export function standingChanges<T extends StatusChangeFacts>(changes: readonly T[]): T[] {
  const corrected = new Set(changes.map((change) => change.correctsId).filter((id) => id !== null));
  return changes
    .filter((change) => !corrected.has(change.id))
    .sort(
      (a, b) =>
        a.effectiveOn.localeCompare(b.effectiveOn) || a.createdAt.localeCompare(b.createdAt),
    );
}

export function currentStatus(changes: readonly StatusChangeFacts[]): Status {
  return standingChanges(changes).at(-1)?.status ?? 'NOT_YET_RATED';
}

/** The status in force just before `change` (for "old → new" displays). */
export function previousStatus(
  changes: readonly StatusChangeFacts[],
  change: StatusChangeFacts,
): Status {
  const standing = standingChanges(
    changes.filter((other) => other.id !== change.id && other.id !== change.correctsId),
  );
  const before = standing.filter(
    (other) =>
      other.effectiveOn < change.effectiveOn ||
      (other.effectiveOn === change.effectiveOn && other.createdAt < change.createdAt),
  );
  return before.at(-1)?.status ?? 'NOT_YET_RATED';
}

export interface TimelineEntry<T extends StatusChangeFacts> {
  change: T;
  /** The status in force just before this entry. */
  from: Status;
  /** No other entry corrects it: it counts for the current status. */
  isStanding: boolean;
  /** The entry this one corrects, if any. */
  corrects: T | null;
  /** The entry that corrects this one, if any. */
  correctedBy: T | null;
}

/**
 * An item's history as every page shows it: newest first (effective day,
 * then recording time), each entry with the status it replaced, whether it
 * stands, and the entries it corrects and that correct it. The one derivation
 * of the timeline: the public item page and the status workspace both use it.
 */
export function timeline<T extends StatusChangeFacts>(changes: readonly T[]): TimelineEntry<T>[] {
  const standing = new Set(standingChanges(changes).map((change) => change.id));
  const byId = new Map(changes.map((change) => [change.id, change]));
  const correctorOf = new Map(
    changes.filter((change) => change.correctsId).map((change) => [change.correctsId!, change]),
  );
  return changes
    .map((change) => ({
      change,
      from: previousStatus(changes, change),
      isStanding: standing.has(change.id),
      corrects: (change.correctsId && byId.get(change.correctsId)) || null,
      correctedBy: correctorOf.get(change.id) ?? null,
    }))
    .sort(
      (a, b) =>
        b.change.effectiveOn.localeCompare(a.change.effectiveOn) ||
        b.change.createdAt.localeCompare(a.change.createdAt),
    );
}
