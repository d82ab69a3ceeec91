import 'server-only';
import { db } from '@/lib/db';
import { isoDay } from '@/lib/dates';
import type { OutletType, StatementKind } from '@/lib/generated/prisma/enums';
import { cachedRead } from './cache';
import { getTrackerSnapshot, type AreaDto, type ItemSummaryDto } from './tracker';

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

export interface ItemDetailDto extends ItemSummaryDto {
  area: AreaDto;
  statements: ItemStatementDto[];
}

async function readItemStatements(itemId: string): Promise<ItemStatementDto[]> {
  const rows = await db().statement.findMany({
    // An orphaned quote (its source text was revised and it found no sure place
    // in the new text) waits for an analyst; it is not shown meanwhile.
    where: { archivedAt: null, anchorState: 'ANCHORED', items: { some: { itemId } } },
    orderBy: [{ statedOn: 'asc' }, { start: 'asc' }],
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
  });
  return rows.map((row) => ({
    ...row,
    statedOn: row.statedOn && isoDay(row.statedOn),
    source: { ...row.source, publishedOn: isoDay(row.source.publishedOn) },
  }));
}

const getItemStatements = cachedRead('item-statements', readItemStatements);

/** A published item with everything its public page shows, or null. */
export async function getItemDetail(id: string): Promise<ItemDetailDto | null> {
  const snapshot = await getTrackerSnapshot();
  const item = snapshot.items.find((candidate) => candidate.id === id);
  const area = item && snapshot.areas.find((candidate) => candidate.id === item.areaId);
  if (!item || !area) return null;
  return { ...item, area, statements: await getItemStatements(id) };
}
