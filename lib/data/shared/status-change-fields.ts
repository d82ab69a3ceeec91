import 'server-only';
import { isoDay, isoInstant } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { StatusChangeFacts } from '@/lib/status-history';

// An item's status history as every read takes it: the facts its status is
// derived from (lib/status-history.ts), and the note and author pages show.

/** Oldest first, the order lib/status-history.ts expects. */
export const statusHistoryOrder = [
  { effectiveOn: 'asc' },
  { createdAt: 'asc' },
  // Rows recorded in the same millisecond: the order the SQL derivation uses too.
  { id: 'asc' },
] satisfies Prisma.StatusChangeOrderByWithRelationInput[];

export const statusChangeFactsSelect = {
  id: true,
  status: true,
  effectiveOn: true,
  createdAt: true,
  correctsId: true,
} satisfies Prisma.StatusChangeSelect;

export const statusChangeEntrySelect = {
  ...statusChangeFactsSelect,
  note: true,
  author: { select: { name: true } },
} satisfies Prisma.StatusChangeSelect;

export interface StatusChangeEntry extends StatusChangeFacts {
  note: string;
  authorName: string | null;
}

type FactsRow = Prisma.StatusChangeGetPayload<{ select: typeof statusChangeFactsSelect }>;
type EntryRow = Prisma.StatusChangeGetPayload<{ select: typeof statusChangeEntrySelect }>;

export function toStatusChangeFacts(row: FactsRow): StatusChangeFacts {
  return {
    id: row.id,
    status: row.status,
    effectiveOn: isoDay(row.effectiveOn),
    createdAt: isoInstant(row.createdAt),
    correctsId: row.correctsId,
  };
}

export function toStatusChangeEntry(row: EntryRow): StatusChangeEntry {
  return { ...toStatusChangeFacts(row), note: row.note, authorName: row.author?.name ?? null };
}
