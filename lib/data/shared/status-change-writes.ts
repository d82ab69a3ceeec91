import 'server-only';
import { isoDay } from '@/lib/dates';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Status } from '@/lib/generated/prisma/enums';

// What recording a status change and finalising share: evidence checks and the
// snapshot a Revision records.

type Tx = Prisma.TransactionClient;

/** Rows of Statement are locked FOR SHARE: nobody archives or orphans them until we commit. */
export async function checkEvidence(tx: Tx, ids: readonly string[]): Promise<string | null> {
  if (ids.length === 0) return null;
  await tx.$queryRaw`SELECT id FROM "Statement" WHERE id = ANY(${[...ids]}::text[]) FOR SHARE`;
  const rows = await tx.statement.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, quote: true, anchorState: true, archivedAt: true },
  });
  const found = new Map(rows.map((row) => [row.id, row]));
  for (const id of ids) {
    const row = found.get(id);
    const short = row && (row.quote.length > 60 ? `${row.quote.slice(0, 57)}…` : row.quote);
    if (!row) return 'A chosen statement no longer exists. Reload the page and choose again.';
    if (row.archivedAt) return `The statement “${short}” was archived and can no longer be cited.`;
    if (row.anchorState !== 'ANCHORED') {
      return `The statement “${short}” lost its place in the source text (orphaned). Re-anchor it before citing it.`;
    }
  }
  return null;
}

/** What a status change's Revision records (with its evidence). */
export const changeSnapshotSelect = {
  id: true,
  itemId: true,
  status: true,
  effectiveOn: true,
  note: true,
  correctsId: true,
} satisfies Prisma.StatusChangeSelect;

export function describeChange(
  change: {
    id: string;
    itemId: string;
    status: Status;
    effectiveOn: Date | string;
    note: string;
    correctsId: string | null;
  },
  evidence: readonly string[],
) {
  return {
    id: change.id,
    itemId: change.itemId,
    status: change.status,
    effectiveOn:
      typeof change.effectiveOn === 'string' ? change.effectiveOn : isoDay(change.effectiveOn),
    note: change.note,
    correctsId: change.correctsId,
    evidence: [...evidence],
  };
}
