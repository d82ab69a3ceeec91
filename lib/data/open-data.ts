import 'server-only';
import { db } from '@/lib/db';
import { isoDay, isoInstant } from '@/lib/dates';
import type { TextPositionSelector, TextQuoteSelector } from '@/lib/evidence';
import type { AnchorState, AreaKind, Status, StatementKind } from '@/lib/generated/prisma/enums';
import { statusDefinition } from '@/lib/status';
import { cachedRead } from './cache';
import { sourceMetadataSelect, toSourceMetadata, type SourceMetadataDto } from './source-fields';
import { getSourceDetail } from './sources';
import { openSelectors, openStatementSelect } from './statement-fields';
import { listAreaStatusCounts, listRecentChanges, publishedItemWhere } from './tracker';

// The open data API's reads: public records only, shaped as the API publishes
// them. Whole lists are read once and cached (the data set is a few hundred
// rows); the routes filter and paginate in memory, so every filter sees the
// same snapshot. Internal annotations are never selected here.

export interface OpenStatementDto {
  id: string;
  sourceId: string;
  /** The number of the source text version the selectors refer to. */
  sourceVersion: number;
  anchorState: AnchorState;
  itemIds: string[];
  kind: StatementKind;
  speaker: string;
  statedOn: string | null;
  /** statedOn, or the source's publication day when unknown: what from/to filter on. */
  date: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
}

export interface OpenSourceDto extends SourceMetadataDto {
  text: { version: number; sha256: string; createdAt: string };
  statementCount: number;
}

export interface OpenSourceDetailDto extends Omit<OpenSourceDto, 'text'> {
  text: OpenSourceDto['text'] & { content: string };
  /** The statements anchored in this text version, in text order. */
  spans: { statementId: string; itemIds: string[]; selectors: OpenStatementDto['selectors'] }[];
}

/** A status as the API publishes it: the stable code and its current label. */
export interface StatusRefDto {
  code: Status;
  label: string;
}

function statusRef(code: Status): StatusRefDto {
  return { code, label: statusDefinition(code).label };
}

export interface AreaTallyDto {
  id: string;
  kind: AreaKind;
  position: number;
  title: string;
  summary: string;
  itemCount: number;
  /** Every status, zeros included, in vocabulary order. */
  statusCounts: (StatusRefDto & { count: number })[];
}

export interface OpenEvidenceDto {
  statementId: string;
  sourceId: string;
  sourceTitle: string;
  quote: string;
}

export interface OpenStatusChangeDto {
  id: string;
  itemId: string;
  itemTitle: string;
  effectiveOn: string;
  from: StatusRefDto;
  to: StatusRefDto;
  isCorrection: boolean;
  correctsId: string | null;
  correctedById: string | null;
  note: string;
  authorName: string | null;
  evidence: OpenEvidenceDto[];
  recordedAt: string;
}

export interface ItemRowDto {
  id: string;
  areaId: string;
  areaTitle: string;
  title: string;
  summary: string;
  status: Status;
  /** Effective day of the status change in force, null when never rated. */
  statusSince: string | null;
  statementCount: number;
}

async function readOpenStatements(): Promise<OpenStatementDto[]> {
  const rows = await db().statement.findMany({
    where: { archivedAt: null, source: { archivedAt: null } },
    orderBy: [{ sourceId: 'asc' }, { start: 'asc' }, { id: 'asc' }],
    select: {
      ...openStatementSelect,
      sourceId: true,
      source: { select: { publishedOn: true } },
      items: {
        where: { item: { archivedAt: null, area: { archivedAt: null } } },
        orderBy: { itemId: 'asc' },
        select: { itemId: true },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    sourceId: row.sourceId,
    sourceVersion: row.sourceVersion.number,
    anchorState: row.anchorState,
    itemIds: row.items.map((link) => link.itemId),
    kind: row.kind,
    speaker: row.speaker,
    statedOn: row.statedOn && isoDay(row.statedOn),
    date: isoDay(row.statedOn ?? row.source.publishedOn),
    selectors: openSelectors(row),
  }));
}

/** Every public statement, grouped by source and in text order. */
export const listOpenStatements = cachedRead('open-data-statements', readOpenStatements);

export async function getOpenStatement(id: string): Promise<OpenStatementDto | null> {
  return (await listOpenStatements()).find((statement) => statement.id === id) ?? null;
}

async function readOpenSources(): Promise<OpenSourceDto[]> {
  const sources = await db().source.findMany({
    where: { archivedAt: null },
    orderBy: [{ publishedOn: 'desc' }, { id: 'asc' }],
    select: {
      ...sourceMetadataSelect,
      versions: { select: { number: true, sha256: true, createdAt: true } },
      _count: { select: { statements: { where: { archivedAt: null } } } },
    },
  });
  return sources.flatMap((source) => {
    const latest = source.versions.find((version) => version.number === source.latestVersion);
    if (!latest) return [];
    return [
      {
        ...toSourceMetadata(source),
        text: {
          version: latest.number,
          sha256: latest.sha256,
          createdAt: isoInstant(latest.createdAt),
        },
        statementCount: source._count.statements,
      },
    ];
  });
}

/** Public sources, newest publication first, with their current text's fingerprint. */
export const listOpenSources = cachedRead('open-data-sources', readOpenSources);

export async function getOpenSource(id: string): Promise<OpenSourceDetailDto | null> {
  const [sources, detail, statements] = await Promise.all([
    listOpenSources(),
    getSourceDetail(id),
    listOpenStatements(),
  ]);
  const source = sources.find((candidate) => candidate.id === id);
  if (!source || !detail || detail.version.number !== source.text.version) return null;
  const spans = statements
    .filter(
      (statement) =>
        statement.sourceId === id &&
        statement.sourceVersion === source.text.version &&
        statement.anchorState === 'ANCHORED',
    )
    .map((statement) => ({
      statementId: statement.id,
      itemIds: statement.itemIds,
      selectors: statement.selectors,
    }));
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

/** One row per published item, in dashboard order: the CSV export (a bulk download by design). */
export async function listItemRows(): Promise<ItemRowDto[]> {
  const rows = await db().item.findMany({
    where: publishedItemWhere,
    orderBy: [{ area: { position: 'asc' } }, { position: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      areaId: true,
      title: true,
      summary: true,
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
  return rows.map((row) => ({
    id: row.id,
    areaId: row.areaId,
    areaTitle: row.area.title,
    title: row.title,
    summary: row.summary,
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
