import 'server-only';
import { db } from '@/lib/db';
import { isoDay, isoInstant } from '@/lib/dates';
import type { OutletType } from '@/lib/generated/prisma/enums';
import { cachedRead } from '@/lib/data/shared/cache';
import { publishedItemWhere } from '@/lib/data/public/tracker';
import {
  sourceMetadataSelect,
  toSourceMetadata,
  type SourceMetadataDto,
} from '@/lib/data/shared/source-fields';

export interface SourceSummaryDto {
  id: string;
  title: string;
  outlet: string;
  outletType: OutletType;
  url: string | null;
  publishedOn: string;
  yearInferred: boolean;
  place: string | null;
  languages: string[];
  statementCount: number;
}

export interface QuotedSpanDto {
  statementId: string;
  start: number;
  end: number;
  quote: string;
  speaker: string;
  items: { id: string; title: string }[];
}

export interface SourceDetailDto extends SourceMetadataDto {
  version: { number: number; sha256: string; text: string; createdAt: string };
  spans: QuotedSpanDto[];
}

/** How many sources the public list shows at a time. */
export const SOURCES_PER_PAGE = 50;

async function readSources(
  page: number,
): Promise<{ sources: SourceSummaryDto[]; total: number; pageCount: number }> {
  const [rows, total] = await Promise.all([
    db().source.findMany({
      where: { archivedAt: null },
      orderBy: [{ publishedOn: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * SOURCES_PER_PAGE,
      take: SOURCES_PER_PAGE,
      select: {
        id: true,
        title: true,
        outlet: true,
        outletType: true,
        url: true,
        publishedOn: true,
        yearInferred: true,
        place: true,
        languages: true,
        _count: { select: { statements: { where: { archivedAt: null } } } },
      },
    }),
    db().source.count({ where: { archivedAt: null } }),
  ]);
  return {
    sources: rows.map(({ _count, ...row }) => ({
      ...row,
      publishedOn: isoDay(row.publishedOn),
      statementCount: _count.statements,
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / SOURCES_PER_PAGE)),
  };
}

/** One page of the public sources, newest publication first. */
export const listSources = cachedRead('sources', readSources);

/** How many public sources there are of each outlet type: one GROUP BY. */
export const countSourcesByOutletType = cachedRead(
  'source-outlet-counts',
  async (): Promise<{ outletType: OutletType; count: number }[]> =>
    (
      await db().source.groupBy({
        by: ['outletType'],
        where: { archivedAt: null },
        _count: { _all: true },
      })
    ).map((row) => ({ outletType: row.outletType, count: row._count._all })),
);

async function readSourceDetail(id: string): Promise<SourceDetailDto | null> {
  const source = await db().source.findFirst({
    where: { id, archivedAt: null },
    select: sourceMetadataSelect,
  });
  if (!source) return null;
  const version = await db().sourceVersion.findUnique({
    where: { sourceId_number: { sourceId: id, number: source.latestVersion } },
    select: {
      id: true,
      number: true,
      sha256: true,
      text: true,
      createdAt: true,
      statements: {
        where: { archivedAt: null, anchorState: 'ANCHORED' },
        orderBy: { start: 'asc' },
        select: {
          id: true,
          start: true,
          end: true,
          quote: true,
          speaker: true,
          items: {
            // Not the titles of items in an archived area either (issue 9, finding 13).
            where: { item: publishedItemWhere },
            select: { item: { select: { id: true, title: true } } },
          },
        },
      },
    },
  });
  if (!version) return null;
  return {
    ...toSourceMetadata(source),
    version: {
      number: version.number,
      sha256: version.sha256,
      text: version.text,
      createdAt: isoInstant(version.createdAt),
    },
    spans: version.statements.map((statement) => ({
      statementId: statement.id,
      start: statement.start,
      end: statement.end,
      quote: statement.quote,
      speaker: statement.speaker,
      items: statement.items.map(({ item }) => item),
    })),
  };
}

export const getSourceDetail = cachedRead('source-detail', readSourceDetail);
