import 'server-only';
import type {
  AreaJson,
  SourceDetailJson,
  SourceJson,
  StatementJson,
  StatusChangeJson,
  StatusJson,
} from '@/lib/open-data-contract';
import { db } from '@/lib/db';
import { isoDay, isoInstant } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Status, StatementKind } from '@/lib/generated/prisma/enums';
import { statusDefinition } from '@/lib/status';
import { sourceMetadataSelect, toSourceMetadata } from '@/lib/data/shared/source-fields';
import { getSourceDetail } from '@/lib/data/public/sources';
import { openSelectors, openStatementSelect } from '@/lib/data/shared/statement-fields';
import { listAreaStatusCounts, publishedItemWhere } from '@/lib/data/public/tracker';
import { listRecentChanges } from '@/lib/data/public/dashboard';

// The open data API's reads: public records only, shaped as the API publishes
// them. Lists are filtered and paged in SQL: a request reads one page.
// Internal annotations are never selected here.

// The shapes the API publishes are the open-data contract's
// (lib/open-data-contract.ts): the same zod schemas the OpenAPI document and
// the end-to-end tests use.
export type OpenStatementDto = StatementJson;
export type OpenSourceDto = SourceJson;
export type OpenSourceDetailDto = SourceDetailJson;
/** A status as the API publishes it: the stable code and its current label. */
export type StatusRefDto = StatusJson;
export type AreaTallyDto = AreaJson;
/** A status change as listed; the route adds its links. */
export type OpenStatusChangeDto = Omit<StatusChangeJson, 'links'>;

function statusRef(code: Status): StatusRefDto {
  return { code, label: statusDefinition(code).label };
}

export interface ItemRowDto {
  id: string;
  areaId: string;
  areaTitle: string;
  title: string;
  summary: string;
  titleRu: string;
  summaryRu: string;
  status: Status;
  /** Effective day of the status change in force, null when never rated. */
  statusSince: string | null;
  statementCount: number;
}

const openStatementQuerySelect = {
  ...openStatementSelect,
  sourceId: true,
  source: { select: { publishedOn: true } },
  items: {
    where: { item: publishedItemWhere },
    orderBy: { itemId: 'asc' },
    select: { itemId: true },
  },
} satisfies Prisma.StatementSelect;

function toOpenStatement(
  row: Prisma.StatementGetPayload<{ select: typeof openStatementQuerySelect }>,
): OpenStatementDto {
  return {
    id: row.id,
    sourceId: row.sourceId,
    sourceVersion: row.sourceVersion.number,
    anchorState: row.anchorState,
    itemIds: row.items.map((link) => link.itemId),
    kind: row.kind,
    speaker: row.speaker,
    relayedFrom: row.relayedFrom,
    sameRemarkAs: row.sameRemarkAsId,
    statedOn: row.statedOn && isoDay(row.statedOn),
    date: isoDay(row.statedOn ?? row.source.publishedOn),
    selectors: openSelectors(row),
  };
}

const publicStatementWhere = {
  archivedAt: null,
  source: { archivedAt: null },
} satisfies Prisma.StatementWhereInput;

export interface StatementFilters {
  item?: string;
  source?: string;
  kind?: StatementKind;
  /** ISO days on statedOn, or the source's publication day when the statement has none. */
  from?: string;
  to?: string;
}

/** Public statements matching `filters`, grouped by source and in text order: one page and the total. */
export async function listOpenStatements(
  filters: StatementFilters,
  page: { page: number; pageSize: number },
): Promise<{ statements: OpenStatementDto[]; total: number }> {
  const dated = (range: Prisma.DateTimeFilter): Prisma.StatementWhereInput => ({
    OR: [{ statedOn: range }, { statedOn: null, source: { publishedOn: range } }],
  });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const where: Prisma.StatementWhereInput = {
    ...publicStatementWhere,
    AND: [
      filters.item ? { items: { some: { itemId: filters.item } } } : {},
      filters.source ? { sourceId: filters.source } : {},
      filters.kind ? { kind: filters.kind } : {},
      filters.from ? dated({ gte: day(filters.from) }) : {},
      filters.to ? dated({ lte: day(filters.to) }) : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db().statement.findMany({
      where,
      orderBy: [{ sourceId: 'asc' }, { start: 'asc' }, { id: 'asc' }],
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
      select: openStatementQuerySelect,
    }),
    db().statement.count({ where }),
  ]);
  return { statements: rows.map(toOpenStatement), total };
}

export async function getOpenStatement(id: string): Promise<OpenStatementDto | null> {
  const row = await db().statement.findFirst({
    where: { ...publicStatementWhere, id },
    select: openStatementQuerySelect,
  });
  return row && toOpenStatement(row);
}

const openSourceSelect = {
  ...sourceMetadataSelect,
  versions: { select: { number: true, sha256: true, createdAt: true } },
  _count: { select: { statements: { where: { archivedAt: null } } } },
} satisfies Prisma.SourceSelect;

function toOpenSource(
  source: Prisma.SourceGetPayload<{ select: typeof openSourceSelect }>,
): OpenSourceDto | null {
  const latest = source.versions.find((version) => version.number === source.latestVersion);
  if (!latest) return null;
  return {
    ...toSourceMetadata(source),
    text: {
      version: latest.number,
      sha256: latest.sha256,
      createdAt: isoInstant(latest.createdAt),
    },
    statementCount: source._count.statements,
  };
}

/** Public sources, newest publication first, with their current text's fingerprint: one page and the total. */
export async function listOpenSources(page: {
  page: number;
  pageSize: number;
}): Promise<{ sources: OpenSourceDto[]; total: number }> {
  const where = { archivedAt: null } satisfies Prisma.SourceWhereInput;
  const [rows, total] = await Promise.all([
    db().source.findMany({
      where,
      orderBy: [{ publishedOn: 'desc' }, { id: 'asc' }],
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
      select: openSourceSelect,
    }),
    db().source.count({ where }),
  ]);
  return { sources: rows.flatMap((row) => toOpenSource(row) ?? []), total };
}

export async function getOpenSource(id: string): Promise<OpenSourceDetailDto | null> {
  const [row, detail] = await Promise.all([
    db().source.findFirst({ where: { id, archivedAt: null }, select: openSourceSelect }),
    getSourceDetail(id),
  ]);
  const source = row && toOpenSource(row);
  if (!source || !detail || detail.version.number !== source.text.version) return null;
  const statements = await db().statement.findMany({
    where: {
      archivedAt: null,
      anchorState: 'ANCHORED',
      sourceId: id,
      sourceVersion: { number: source.text.version },
    },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
    select: openStatementQuerySelect,
  });
  const spans = statements.map((row) => {
    const statement = toOpenStatement(row);
    return {
      statementId: statement.id,
      itemIds: statement.itemIds,
      selectors: statement.selectors,
    };
  });
  return { ...source, text: { ...source.text, content: detail.version.text }, spans };
}

export async function listAreaTallies(): Promise<AreaTallyDto[]> {
  return (await listAreaStatusCounts()).map(({ tally, ...area }) => ({
    ...area,
    statusCounts: tally.map((entry) => ({ ...statusRef(entry.code), count: entry.count })),
  }));
}

/**
 * Status changes, corrections included, newest recorded first: one page of
 * them (`limit` after `offset`), optionally of one item, and how many in all.
 */
export async function listOpenStatusChanges(page: {
  limit: number;
  offset?: number;
  itemId?: string;
}): Promise<{ changes: OpenStatusChangeDto[]; total: number }> {
  const { changes, total } = await listRecentChanges(page.limit, page.offset ?? 0, page.itemId);
  const corrected = await db().statusChange.findMany({
    where: { correctsId: { in: changes.map((change) => change.id) } },
    select: { id: true, correctsId: true },
  });
  const correctedBy = new Map(corrected.map((row) => [row.correctsId, row.id]));
  return {
    total,
    changes: changes.map((change) => ({
      id: change.id,
      itemId: change.itemId,
      itemTitle: change.itemTitle,
      effectiveOn: change.effectiveOn,
      from: statusRef(change.from),
      to: statusRef(change.status),
      isCorrection: change.isCorrection,
      correctsId: change.correctsId,
      correctedById: correctedBy.get(change.id) ?? null,
      note: change.note,
      authorName: change.authorName,
      evidence: change.evidence.map((evidence) => ({
        statementId: evidence.statementId,
        sourceId: evidence.sourceId,
        sourceTitle: evidence.sourceTitle,
        quote: evidence.quote,
      })),
      recordedAt: change.createdAt,
    })),
  };
}

/**
 * One row per published item, in dashboard order: the CSV export (a bulk
 * download by design). With `ids`, those items only, in that order (a
 * filtered export: lib/data/public/item-search.ts's matchingItemIds).
 */
export async function listItemRows(ids?: string[]): Promise<ItemRowDto[]> {
  const rows = await db().item.findMany({
    where: ids ? { ...publishedItemWhere, id: { in: ids } } : publishedItemWhere,
    orderBy: [{ area: { position: 'asc' } }, { position: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      areaId: true,
      title: true,
      summary: true,
      titleRu: true,
      summaryRu: true,
      currentStatus: true,
      statusSince: true,
      area: { select: { title: true } },
      _count: {
        select: {
          statements: {
            where: { statement: { archivedAt: null, source: { archivedAt: null } } },
          },
        },
      },
    },
  });
  if (ids) {
    const order = new Map(ids.map((id, index) => [id, index]));
    rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }
  return rows.map((row) => ({
    id: row.id,
    areaId: row.areaId,
    areaTitle: row.area.title,
    title: row.title,
    summary: row.summary,
    titleRu: row.titleRu,
    summaryRu: row.summaryRu,
    status: row.currentStatus,
    statusSince: row.statusSince && isoDay(row.statusSince),
    statementCount: row._count.statements,
  }));
}

/** Real ids for the API page's examples: an item with a history, one of its statements, a source, a priority area. */
export async function getApiExampleIds(): Promise<{
  itemId: string | null;
  statementId: string | null;
  sourceId: string | null;
  areaId: string | null;
}> {
  const [change, source, area] = await Promise.all([
    db().statusChange.findFirst({
      where: { item: publishedItemWhere },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { itemId: true },
    }),
    db().source.findFirst({
      where: { archivedAt: null },
      orderBy: [{ publishedOn: 'desc' }, { id: 'asc' }],
      select: { id: true },
    }),
    db().priorityArea.findFirst({
      where: { archivedAt: null, kind: 'PRIORITY' },
      orderBy: { position: 'asc' },
      select: { id: true },
    }),
  ]);
  const itemId =
    change?.itemId ??
    (await db().item.findFirst({ where: publishedItemWhere, select: { id: true } }))?.id ??
    null;
  const statement = await db().statement.findFirst({
    where: { archivedAt: null, ...(itemId ? { items: { some: { itemId } } } : {}) },
    orderBy: [{ sourceId: 'asc' }, { start: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  return {
    itemId,
    statementId: statement?.id ?? null,
    sourceId: source?.id ?? null,
    areaId: area?.id ?? null,
  };
}
