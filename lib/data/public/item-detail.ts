import 'server-only';
import { db } from '@/lib/db';
import { isoDay } from '@/lib/dates';
import type { OutletType, Prisma, StatementKind } from '@/lib/generated/prisma/client';
import { cachedRead } from '@/lib/data/shared/cache';
import { getPublishedItem, type AreaDto, type ItemSummaryDto } from '@/lib/data/public/tracker';

export interface ItemStatementDto {
  id: string;
  quote: string;
  speaker: string;
  statedOn: string | null;
  kind: StatementKind;
  source: {
    id: string;
    title: string;
    outlet: string;
    outletType: OutletType;
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
  const [rows, total, mix] = await Promise.all([
    db().statement.findMany({
      where,
      orderBy: [{ statedOn: 'asc' }, { start: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * STATEMENTS_PER_PAGE,
      take: STATEMENTS_PER_PAGE,
      select: {
        id: true,
        quote: true,
        speaker: true,
        statedOn: true,
        kind: true,
        source: {
          select: { id: true, title: true, outlet: true, outletType: true, publishedOn: true },
        },
      },
    }),
    db().statement.count({ where }),
    db().$queryRaw<{ outletType: OutletType; count: bigint }[]>`
      SELECT src."outletType"::text AS "outletType", count(*) AS count
      FROM "StatementItem" si
      JOIN "Statement" s ON s.id = si."statementId"
        AND s."archivedAt" IS NULL AND s."anchorState" = 'ANCHORED'
      JOIN "Source" src ON src.id = s."sourceId"
      WHERE si."itemId" = ${itemId}
      GROUP BY src."outletType"
      ORDER BY count(*) DESC, src."outletType"`,
  ]);
  return {
    statements: rows.map((row) => ({
      ...row,
      statedOn: row.statedOn && isoDay(row.statedOn),
      source: { ...row.source, publishedOn: isoDay(row.source.publishedOn) },
    })),
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
