import 'server-only';
import { isoDay } from '@/lib/dates';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Status } from '@/lib/generated/prisma/enums';
import { evidenceRuleProblem, isRated, type RuleStatement } from '@/lib/evidence-rules';

// What recording a status change and finalising share: evidence checks and the
// snapshot a Revision records.

type Tx = Prisma.TransactionClient;

/**
 * Whether these statements can be cited for this status of this item: each
 * exists, is anchored and not archived, and together they meet the evidence
 * rules (lib/evidence-rules.ts). Rows of Statement are locked FOR SHARE:
 * nobody archives, orphans or re-kinds them until we commit.
 */
export async function checkEvidence(
  tx: Tx,
  ids: readonly string[],
  rating: { itemId: string; status: Status },
): Promise<string | null> {
  if (ids.length === 0)
    return evidenceRuleProblem({ status: rating.status, commitmentOn: null }, []);
  await tx.$queryRaw`SELECT id FROM "Statement" WHERE id = ANY(${[...ids]}::text[]) FOR SHARE`;
  const rows = await tx.statement.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      quote: true,
      anchorState: true,
      archivedAt: true,
      kind: true,
      statedOn: true,
      sameRemarkAsId: true,
      source: {
        select: {
          outlet: true,
          outletType: true,
          provenance: true,
          originalOutlet: true,
          publishedOn: true,
        },
      },
    },
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
  if (!isRated(rating.status)) return null;
  return evidenceRuleProblem(
    { status: rating.status, commitmentOn: await commitmentDay(tx, rating.itemId) },
    rows.map(
      (row): RuleStatement => ({
        id: row.id,
        kind: row.kind,
        statedOn: isoDay(row.statedOn ?? row.source.publishedOn),
        sameRemarkAsId: row.sameRemarkAsId,
        source: row.source,
      }),
    ),
  );
}

/**
 * Why this status would contradict the item's milestones, or null: "Kept"
 * needs every milestone met; "Broken" cannot stand when every one was met.
 * Milestones are locked FOR SHARE until we commit.
 */
export async function milestoneContradiction(
  tx: Tx,
  itemId: string,
  status: Status,
): Promise<string | null> {
  if (status !== 'KEPT' && status !== 'BROKEN') return null;
  const milestones = await tx.$queryRaw<{ title: string; met: boolean }[]>`
    SELECT title, "metOn" IS NOT NULL AS met FROM "Milestone"
    WHERE "itemId" = ${itemId} ORDER BY position, id FOR SHARE`;
  if (milestones.length === 0) return null;
  const open = milestones.filter((milestone) => !milestone.met);
  if (status === 'KEPT' && open.length > 0) {
    return `“Kept” needs every milestone met, and “${open[0]!.title}” is not recorded as met. Record its outcome with its evidence first, or choose “Partly kept”.`;
  }
  if (status === 'BROKEN' && open.length === 0) {
    return '“Broken” would contradict this item’s milestones, which are all recorded as met. Choose “Partly kept”, or correct the milestones first.';
  }
  return null;
}

/** The day of the earliest commitment quoted for an item (its statements of kind COMMITMENT). */
async function commitmentDay(tx: Tx, itemId: string): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ day: Date | null }[]>`
    SELECT min(COALESCE(st."statedOn", src."publishedOn")) AS day
    FROM "StatementItem" si
    JOIN "Statement" st ON st.id = si."statementId"
    JOIN "Source" src ON src.id = st."sourceId"
    WHERE si."itemId" = ${itemId} AND st.kind = 'COMMITMENT' AND st."archivedAt" IS NULL`;
  return row?.day ? isoDay(row.day) : null;
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
