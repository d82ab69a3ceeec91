import 'server-only';
import { db } from '@/lib/db';
import { isoDay } from '@/lib/dates';
import type { TextPositionSelector, TextQuoteSelector } from '@/lib/evidence';
import type { AnchorState, OutletType, StatementKind } from '@/lib/generated/prisma/enums';
import { cachedRead } from '@/lib/data/shared/cache';
import { openSelectors, openStatementSelect } from '@/lib/data/shared/statement-fields';
import { getPublishedItem, type AreaDto, type ItemSummaryDto } from '@/lib/data/public/tracker';

// One item as the open-data API publishes it: its derived status and history
// and its statements with their W3C selectors (one item's worth).

export interface ItemRecordStatementDto {
  id: string;
  quote: string;
  speaker: string;
  relayedFrom: string | null;
  sameRemarkAs: string | null;
  statedOn: string | null;
  kind: StatementKind;
  anchorState: AnchorState;
  source: { id: string; title: string; url: string | null; outletType: OutletType };
  /** The source text version the selectors point into. */
  sourceVersion: number;
  selectors: [TextQuoteSelector, TextPositionSelector];
}

export interface ItemRecordDto extends ItemSummaryDto {
  area: AreaDto;
  statements: ItemRecordStatementDto[];
}

async function readItemRecordStatements(itemId: string): Promise<ItemRecordStatementDto[]> {
  const rows = await db().statement.findMany({
    where: { archivedAt: null, items: { some: { itemId } } },
    orderBy: [{ statedOn: 'asc' }, { start: 'asc' }, { id: 'asc' }],
    select: {
      ...openStatementSelect,
      source: { select: { id: true, title: true, url: true, outletType: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    quote: row.quote,
    speaker: row.speaker,
    relayedFrom: row.relayedFrom,
    sameRemarkAs: row.sameRemarkAsId,
    statedOn: row.statedOn && isoDay(row.statedOn),
    kind: row.kind,
    anchorState: row.anchorState,
    source: row.source,
    sourceVersion: row.sourceVersion.number,
    selectors: openSelectors(row),
  }));
}

const getItemRecordStatements = cachedRead('item-record-statements', readItemRecordStatements);

/** A published item with its statements and selectors, or null. */
export async function getItemRecord(id: string): Promise<ItemRecordDto | null> {
  const item = await getPublishedItem(id);
  if (!item) return null;
  return { ...item, statements: await getItemRecordStatements(id) };
}
