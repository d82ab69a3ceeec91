import 'server-only';
import { db } from '@/lib/db';
import { isoDay } from '@/lib/dates';
import type {
  OutletType,
  Prisma,
  SourceProvenance,
  StatementKind,
} from '@/lib/generated/prisma/client';
import { cachedRead } from '@/lib/data/shared/cache';
import { getPublishedItem, type AreaDto, type ItemSummaryDto } from '@/lib/data/public/tracker';

export interface ItemStatementDto {
  id: string;
  quote: string;
  speaker: string;
  /** Whose words or position the speaker relays. */
  relayedFrom: string | null;
  statedOn: string | null;
  kind: StatementKind;
  /** From a source published before the presidency's record starts: context, listed last. */
  isBackground: boolean;
  source: {
    id: string;
    title: string;
    outlet: string;
    outletType: OutletType;
    provenance: SourceProvenance;
    originalOutlet: string | null;
    publishedOn: string;
  };
}

/** How many statements an item page shows at a time. */
export const STATEMENTS_PER_PAGE = 50;

export interface ItemDetailDto extends ItemSummaryDto {
  area: AreaDto;
  statements: ItemStatementDto[];
  statementCount: number;
  statementPage: number;
  statementPageCount: number;
  /** How many of all the item's statements come from each outlet type. */
  outletMix: { outletType: OutletType; count: number }[];
}

// An orphaned quote (its source text was revised and it found no sure place
// in the new text) waits for an analyst; it is not shown meanwhile.
function publicStatementsOf(itemId: string) {
  return {
    archivedAt: null,
    anchorState: 'ANCHORED',
    items: { some: { itemId } },
  } satisfies Prisma.StatementWhereInput;
}

async function readItemStatements(
  itemId: string,
  page: number,
): Promise<{
  statements: ItemStatementDto[];
  total: number;
  outletMix: ItemDetailDto['outletMix'];
}> {
  const where = publicStatementsOf(itemId);
  const [ordered, total, mix] = await Promise.all([
    // The presidency's own statements by date, then the background (sources
    // from before its record starts, lib/provenance.ts) by date.
    db().$queryRaw<{ id: string; isBackground: boolean }[]>`
      -- The same bound as lib/provenance.ts's presidencyRecordStart.
      SELECT s.id, src."publishedOn" < (pr."periodStart" - interval '1 year') AS "isBackground"
      FROM "StatementItem" si
      JOIN "Statement" s ON s.id = si."statementId"
        AND s."archivedAt" IS NULL AND s."anchorState" = 'ANCHORED'
      JOIN "Source" src ON src.id = s."sourceId"
      JOIN "Item" i ON i.id = si."itemId"
      JOIN "PriorityArea" a ON a.id = i."areaId"
      JOIN "Presidency" pr ON pr.id = a."presidencyId"
      WHERE si."itemId" = ${itemId}
      ORDER BY 2, s."statedOn" ASC, s.start ASC, s.id ASC
      LIMIT ${STATEMENTS_PER_PAGE} OFFSET ${(page - 1) * STATEMENTS_PER_PAGE}`,
    db().statement.count({ where }),
    // One remark reported by two copies counts once: a statement naming
    // another statement of this item as the same remark is left out.
    db().$queryRaw<{ outletType: OutletType; count: bigint }[]>`
      SELECT src."outletType"::text AS "outletType", count(*) AS count
      FROM "StatementItem" si
      JOIN "Statement" s ON s.id = si."statementId"
        AND s."archivedAt" IS NULL AND s."anchorState" = 'ANCHORED'
      JOIN "Source" src ON src.id = s."sourceId"
      WHERE si."itemId" = ${itemId}
        AND NOT EXISTS (
          SELECT 1 FROM "StatementItem" first
          JOIN "Statement" fs ON fs.id = first."statementId"
            AND fs."archivedAt" IS NULL AND fs."anchorState" = 'ANCHORED'
          WHERE first."itemId" = ${itemId} AND fs.id = s."sameRemarkAsId"
        )
      GROUP BY src."outletType"
      ORDER BY count(*) DESC, src."outletType"`,
  ]);
  const rows = await db().statement.findMany({
    where: { id: { in: ordered.map((row) => row.id) } },
    select: {
      id: true,
      quote: true,
      speaker: true,
      relayedFrom: true,
      statedOn: true,
      kind: true,
      source: {
        select: {
          id: true,
          title: true,
          outlet: true,
          outletType: true,
          provenance: true,
          originalOutlet: true,
          publishedOn: true,
        },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    statements: ordered.flatMap(({ id, isBackground }) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          ...row,
          isBackground,
          statedOn: row.statedOn && isoDay(row.statedOn),
          source: { ...row.source, publishedOn: isoDay(row.source.publishedOn) },
        },
      ];
    }),
    total,
    outletMix: mix.map((row) => ({ outletType: row.outletType, count: Number(row.count) })),
  };
}

const getItemStatements = cachedRead('item-statements', readItemStatements);

/** A published item with what its public page shows (one page of statements), or null. */
export async function getItemDetail(id: string, statementPage = 1): Promise<ItemDetailDto | null> {
  const [item, statements] = await Promise.all([
    getPublishedItem(id),
    getItemStatements(id, statementPage),
  ]);
  if (!item) return null;
  return {
    ...item,
    statements: statements.statements,
    statementCount: statements.total,
    statementPage,
    statementPageCount: Math.max(1, Math.ceil(statements.total / STATEMENTS_PER_PAGE)),
    outletMix: statements.outletMix,
  };
}
