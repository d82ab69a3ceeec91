import 'server-only';
import { db } from '@/lib/db';
import { isoDay, isoInstant } from '@/lib/dates';
import type { AnchorState, OutletType, StatementKind } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/session';
import { assertRole } from '@/lib/data/shared/authz';
import {
  sourceMetadataSelect,
  toSourceMetadata,
  type SourceMetadataDto,
} from '@/lib/data/shared/source-fields';

// What analysts read in the workspace: every source with its versions, and
// its statements whatever their anchoring. Uncached: analysts must see their
// own writes and each other's at once; the public reads are in sources.ts.

export interface SourceRowDto {
  id: string;
  title: string;
  outlet: string;
  outletType: OutletType;
  publishedOn: string;
  yearInferred: boolean;
  latestVersion: number;
  statementCount: number;
  orphanedCount: number;
}

/** The latest archived sources (hidden from the public), to find one again and publish it. */
export async function listArchivedSources(
  actor: SessionUser | null,
): Promise<{ id: string; title: string; outlet: string; archivedAt: string }[]> {
  assertRole(actor, 'ANALYST');
  const rows = await db().source.findMany({
    where: { archivedAt: { not: null } },
    orderBy: { archivedAt: 'desc' },
    take: 50,
    select: { id: true, title: true, outlet: true, archivedAt: true },
  });
  return rows.map((row) => ({ ...row, archivedAt: isoInstant(row.archivedAt!) }));
}

export async function listSourcesForAnalyst(actor: SessionUser | null): Promise<SourceRowDto[]> {
  assertRole(actor, 'ANALYST');
  const [sources, orphaned] = await Promise.all([
    db().source.findMany({
      where: { archivedAt: null },
      orderBy: [{ publishedOn: 'desc' }, { title: 'asc' }],
      select: {
        id: true,
        title: true,
        outlet: true,
        outletType: true,
        publishedOn: true,
        yearInferred: true,
        latestVersion: true,
        _count: { select: { statements: { where: { archivedAt: null } } } },
      },
    }),
    db().statement.groupBy({
      by: ['sourceId'],
      where: { archivedAt: null, anchorState: 'ORPHANED' },
      _count: { _all: true },
    }),
  ]);
  const orphanedBySource = new Map(orphaned.map((row) => [row.sourceId, row._count._all]));
  return sources.map(({ _count, publishedOn, ...source }) => ({
    ...source,
    publishedOn: isoDay(publishedOn),
    statementCount: _count.statements,
    orphanedCount: orphanedBySource.get(source.id) ?? 0,
  }));
}

export interface SourceVersionDto {
  number: number;
  sha256: string;
  createdAt: string;
  createdByName: string | null;
  note: string | null;
  length: number;
}

export interface WorkspaceStatementDto {
  id: string;
  version: number;
  quote: string;
  start: number;
  end: number;
  anchorState: AnchorState;
  /** The text version the selectors point into. */
  versionNumber: number;
  speaker: string;
  relayedFrom: string | null;
  /** The statement of another source that reports the same remark. */
  sameRemarkAsId: string | null;
  statedOn: string | null;
  kind: StatementKind;
  items: { id: string; title: string; isArchived: boolean }[];
  /** Status changes that cite it: archiving does not remove it from them. */
  evidenceCount: number;
}

export interface SourceWorkspaceDto extends SourceMetadataDto {
  /** For the metadata form's version check. */
  recordVersion: number;
  isArchived: boolean;
  importedByName: string | null;
  latestVersion: number;
  text: string;
  versions: SourceVersionDto[];
  statements: WorkspaceStatementDto[];
}

export async function getSourceWorkspace(
  actor: SessionUser | null,
  id: string,
): Promise<SourceWorkspaceDto | null> {
  assertRole(actor, 'ANALYST');
  // Archived ones too: they can be published again from their page.
  const source = await db().source.findFirst({
    where: { id },
    select: {
      ...sourceMetadataSelect,
      version: true,
      archivedAt: true,
      importedBy: { select: { name: true } },
      versions: {
        orderBy: { number: 'desc' },
        select: {
          number: true,
          sha256: true,
          createdAt: true,
          note: true,
          text: true,
          createdBy: { select: { name: true } },
        },
      },
      statements: {
        where: { archivedAt: null },
        orderBy: [{ anchorState: 'asc' }, { start: 'asc' }],
        select: {
          id: true,
          version: true,
          quote: true,
          start: true,
          end: true,
          anchorState: true,
          speaker: true,
          relayedFrom: true,
          sameRemarkAsId: true,
          statedOn: true,
          kind: true,
          sourceVersion: { select: { number: true } },
          items: { select: { item: { select: { id: true, title: true, archivedAt: true } } } },
          _count: { select: { evidenceFor: true } },
        },
      },
    },
  });
  if (!source) return null;
  const latest = source.versions.find((version) => version.number === source.latestVersion);
  if (!latest) return null;
  return {
    ...toSourceMetadata(source),
    recordVersion: source.version,
    isArchived: source.archivedAt !== null,
    importedByName: source.importedBy?.name ?? null,
    latestVersion: source.latestVersion,
    text: latest.text,
    versions: source.versions.map((version) => ({
      number: version.number,
      sha256: version.sha256,
      createdAt: isoInstant(version.createdAt),
      createdByName: version.createdBy?.name ?? null,
      note: version.note,
      length: Array.from(version.text).length,
    })),
    statements: source.statements.map((statement) => ({
      id: statement.id,
      version: statement.version,
      quote: statement.quote,
      start: statement.start,
      end: statement.end,
      anchorState: statement.anchorState,
      versionNumber: statement.sourceVersion.number,
      speaker: statement.speaker,
      relayedFrom: statement.relayedFrom,
      sameRemarkAsId: statement.sameRemarkAsId,
      statedOn: statement.statedOn && isoDay(statement.statedOn),
      kind: statement.kind,
      items: statement.items.map(({ item }) => ({
        id: item.id,
        title: item.title,
        isArchived: item.archivedAt !== null,
      })),
      evidenceCount: statement._count.evidenceFor,
    })),
  };
}

export interface QuotableAreaDto {
  id: string;
  title: string;
  items: { id: string; title: string }[];
}

/** Live items grouped by their live areas, in tracker order: what a statement can be evidence for. */
export async function listQuotableItems(actor: SessionUser | null): Promise<QuotableAreaDto[]> {
  assertRole(actor, 'ANALYST');
  const areas = await db().priorityArea.findMany({
    where: { archivedAt: null },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      title: true,
      items: {
        where: { archivedAt: null },
        orderBy: { position: 'asc' },
        select: { id: true, title: true },
      },
    },
  });
  return areas.filter((area) => area.items.length > 0);
}
