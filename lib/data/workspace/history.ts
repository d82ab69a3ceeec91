import 'server-only';
import { db } from '@/lib/db';
import { isoInstant } from '@/lib/dates';
import { describeChangedWords, diffWords, trimContext, type DiffPart } from '@/lib/diff';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/session';
import { assertRole } from '@/lib/data/shared/authz';
import { readDescribeContext } from '@/lib/data/shared/revision-names';
import {
  describeRevision,
  differsFrom,
  itemFieldsOf,
  type DescribeContext,
  type HistoryEntryDto,
} from '@/lib/revision-description';

// Readable history from the audit log (Revision rows): per revision, the
// fields that changed, old and new, with a word diff for prose. Items show
// their own revisions and those of their milestones, notes and status
// changes; sources their metadata, text versions and statements.

const revisionSelect = {
  id: true,
  at: true,
  entityType: true,
  entityId: true,
  action: true,
  before: true,
  after: true,
  actor: { select: { name: true } },
} satisfies Prisma.RevisionSelect;

type RevisionWithActor = Prisma.RevisionGetPayload<{ select: typeof revisionSelect }>;

const HISTORY_LIMIT = 500;

async function readRevisions(where: Prisma.RevisionWhereInput): Promise<RevisionWithActor[]> {
  return db().revision.findMany({
    where,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: HISTORY_LIMIT,
    select: revisionSelect,
  });
}

function describeAll(rows: RevisionWithActor[], context: DescribeContext): HistoryEntryDto[] {
  const entries = rows.map((row) =>
    describeRevision({ ...row, actorName: row.actor?.name ?? null }, context),
  );
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const entry of entries) {
    if (entry.restoredFrom)
      entry.restoredFrom.at = byId.get(entry.restoredFrom.revisionId)?.at ?? null;
  }
  return entries;
}

const byJsonKey = (key: string, value: string): Prisma.RevisionWhereInput[] => [
  { after: { path: [key], equals: value } },
  { before: { path: [key], equals: value } },
];

export interface ItemHistoryDto {
  item: { id: string; title: string; version: number; isArchived: boolean };
  entries: HistoryEntryDto[];
}

/** An item's revisions with those of its milestones, notes and status changes, newest first. */
export async function getItemHistory(
  actor: SessionUser | null,
  itemId: string,
): Promise<ItemHistoryDto | null> {
  assertRole(actor, 'ANALYST');
  const item = await db().item.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      title: true,
      summary: true,
      areaId: true,
      version: true,
      archivedAt: true,
      statusChanges: { select: { id: true } },
      annotations: { select: { id: true } },
    },
  });
  if (!item) return null;
  const rows = await readRevisions({
    OR: [
      { entityType: 'Item', entityId: itemId },
      {
        entityType: { in: ['Milestone', 'Annotation', 'StatusChange'] },
        OR: byJsonKey('itemId', itemId),
      },
      {
        entityType: 'StatusChange',
        entityId: { in: item.statusChanges.map((change) => change.id) },
      },
      {
        entityType: 'Annotation',
        entityId: { in: item.annotations.map((annotation) => annotation.id) },
      },
    ],
  });
  const entries = describeAll(rows, await readDescribeContext(rows));
  const current = { title: item.title, summary: item.summary, areaId: item.areaId };
  const itemEntries = entries.filter((entry) => entry.entityType === 'Item');
  const oldest = itemEntries.at(-1);
  for (const entry of itemEntries) {
    const row = rows.find((candidate) => candidate.id.toString() === entry.id)!;
    entry.restore = {
      after: differsFrom(itemFieldsOf(row.after), current),
      // Each revision's "before" is the previous one's "after": offered once, for the oldest.
      before: entry === oldest && differsFrom(itemFieldsOf(row.before), current),
    };
  }
  return {
    item: {
      id: item.id,
      title: item.title,
      version: item.version,
      isArchived: item.archivedAt !== null,
    },
    entries,
  };
}

export interface SourceTextVersionDto {
  number: number;
  createdAt: string;
  createdByName: string | null;
  note: string | null;
  sha256: string;
  length: number;
  statementCount: number;
  /** Compared with the previous version, only the changed passages; null for the first. */
  /** What changed from the previous version, in words, and the diff. */
  change: { summary: string; parts: DiffPart[] } | null;
}

export interface SourceHistoryDto {
  source: { id: string; title: string; latestVersion: number; isArchived: boolean };
  versions: SourceTextVersionDto[];
  entries: HistoryEntryDto[];
}

/** A source's metadata revisions, its text versions, and its statements' revisions (re-anchoring included). */
export async function getSourceHistory(
  actor: SessionUser | null,
  sourceId: string,
): Promise<SourceHistoryDto | null> {
  assertRole(actor, 'ANALYST');
  const source = await db().source.findUnique({
    where: { id: sourceId },
    select: {
      id: true,
      title: true,
      latestVersion: true,
      archivedAt: true,
      statements: { select: { id: true } },
      annotations: { select: { id: true } },
      versions: {
        orderBy: { number: 'asc' },
        select: {
          number: true,
          createdAt: true,
          note: true,
          sha256: true,
          text: true,
          createdBy: { select: { name: true } },
          _count: { select: { statements: true } },
        },
      },
    },
  });
  if (!source) return null;
  const rows = await readRevisions({
    OR: [
      { entityType: 'Source', entityId: sourceId },
      {
        entityType: { in: ['SourceVersion', 'Statement', 'Annotation'] },
        OR: byJsonKey('sourceId', sourceId),
      },
      {
        entityType: 'Statement',
        entityId: { in: source.statements.map((statement) => statement.id) },
      },
      {
        entityType: 'Annotation',
        entityId: { in: source.annotations.map((annotation) => annotation.id) },
      },
    ],
  });
  const versions = source.versions.map((version, index): SourceTextVersionDto => {
    const previous = index > 0 ? source.versions[index - 1]! : null;
    const parts = previous ? diffWords(previous.text, version.text) : null;
    return {
      number: version.number,
      createdAt: isoInstant(version.createdAt),
      createdByName: version.createdBy?.name ?? null,
      note: version.note,
      sha256: version.sha256,
      length: [...version.text].length,
      statementCount: version._count.statements,
      change: parts && {
        summary: describeChangedWords(parts),
        parts: trimContext(parts),
      },
    };
  });
  return {
    source: {
      id: source.id,
      title: source.title,
      latestVersion: source.latestVersion,
      isArchived: source.archivedAt !== null,
    },
    versions: versions.reverse(),
    entries: describeAll(rows, await readDescribeContext(rows)),
  };
}
