import 'server-only';
import { db } from '@/lib/db';
import { isoDay, isoInstant } from '@/lib/dates';
import { reanchor } from '@/lib/evidence';
import type { StatementKind } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/session';
import { assertRole } from '@/lib/data/shared/authz';

// Orphaned statements: quotes that lost their place when their source text
// was revised, with suggestions where the quote may now be (re-attached by
// reattachStatement in statements.ts).

export interface OrphanSummaryDto {
  id: string;
  quote: string;
  speaker: string;
  kind: StatementKind;
  source: { id: string; title: string; latestVersion: number };
  /** The version the statement still points into. */
  versionNumber: number;
  items: { id: string; title: string }[];
  updatedAt: string;
}

export async function listOrphanedStatements(
  actor: SessionUser | null,
): Promise<OrphanSummaryDto[]> {
  assertRole(actor, 'ANALYST');
  const rows = await db().statement.findMany({
    where: { anchorState: 'ORPHANED', archivedAt: null, source: { archivedAt: null } },
    orderBy: [{ source: { title: 'asc' } }, { start: 'asc' }],
    select: {
      id: true,
      quote: true,
      speaker: true,
      kind: true,
      updatedAt: true,
      source: { select: { id: true, title: true, latestVersion: true } },
      sourceVersion: { select: { number: true } },
      items: { select: { item: { select: { id: true, title: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    quote: row.quote,
    speaker: row.speaker,
    kind: row.kind,
    source: row.source,
    versionNumber: row.sourceVersion.number,
    items: row.items.map(({ item }) => item),
    updatedAt: isoInstant(row.updatedAt),
  }));
}

export interface OrphanDetailDto extends OrphanSummaryDto {
  version: number;
  prefix: string;
  suffix: string;
  statedOn: string | null;
  latest: { number: number; text: string; createdAt: string; note: string | null };
  /** The closest passage in the newest text, too weak to be attached automatically. */
  suggestion: { start: number; end: number; quote: string; score: number } | null;
}

/** Below this a "suggestion" is noise. */
const SUGGESTION_MIN_SCORE = 0.5;

export async function getOrphanedStatement(
  actor: SessionUser | null,
  id: string,
): Promise<OrphanDetailDto | null> {
  assertRole(actor, 'ANALYST');
  const row = await db().statement.findFirst({
    where: { id, anchorState: 'ORPHANED', archivedAt: null, source: { archivedAt: null } },
    select: {
      id: true,
      version: true,
      quote: true,
      prefix: true,
      suffix: true,
      start: true,
      end: true,
      speaker: true,
      statedOn: true,
      kind: true,
      updatedAt: true,
      source: { select: { id: true, title: true, latestVersion: true } },
      sourceVersion: { select: { number: true } },
      items: { select: { item: { select: { id: true, title: true } } } },
    },
  });
  if (!row) return null;
  const latest = await db().sourceVersion.findUniqueOrThrow({
    where: { sourceId_number: { sourceId: row.source.id, number: row.source.latestVersion } },
    select: { number: true, text: true, createdAt: true, note: true },
  });
  const best = reanchor(
    latest.text,
    {
      quote: {
        type: 'TextQuoteSelector',
        exact: row.quote,
        prefix: row.prefix,
        suffix: row.suffix,
      },
      position: { type: 'TextPositionSelector', start: row.start, end: row.end },
    },
    { minScore: SUGGESTION_MIN_SCORE },
  );
  return {
    id: row.id,
    version: row.version,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    speaker: row.speaker,
    statedOn: row.statedOn && isoDay(row.statedOn),
    kind: row.kind,
    source: row.source,
    versionNumber: row.sourceVersion.number,
    items: row.items.map(({ item }) => item),
    updatedAt: isoInstant(row.updatedAt),
    latest: {
      number: latest.number,
      text: latest.text,
      createdAt: isoInstant(latest.createdAt),
      note: latest.note,
    },
    suggestion:
      best.state === 'anchored'
        ? {
            start: best.anchor.position.start,
            end: best.anchor.position.end,
            quote: best.anchor.quote.exact,
            score: best.score,
          }
        : null,
  };
}
