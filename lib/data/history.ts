import 'server-only';
import { db } from '@/lib/db';
import { isoInstant } from '@/lib/dates';
import { countChangedWords, diffWords, isLongText, trimContext, type DiffPart } from '@/lib/diff';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/session';
import { STATUSES } from '@/lib/status';
import { assertRole } from './authz';

// Readable history from the audit log (Revision rows): per revision, the
// fields that changed, old and new, with a word diff for prose. Items show
// their own revisions and those of their milestones, notes and status
// changes; sources their metadata, text versions and statements.

export interface FieldChangeDto {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  /** A word diff when either side is long prose. */
  parts: DiffPart[] | null;
}

export interface HistoryEntryDto {
  id: string;
  at: string;
  actorName: string | null;
  entityType: string;
  entityId: string;
  action: string;
  summary: string;
  changes: FieldChangeDto[];
  /** Item revisions: which of its snapshots can be restored (differs from the item now). */
  restore: { before: boolean; after: boolean } | null;
  /** A restore: the revision it brought back. */
  restoredFrom: { revisionId: string; side: 'before' | 'after'; at: string | null } | null;
}

export interface RevisionRow {
  id: bigint | string;
  at: Date | string;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  actorName: string | null;
}

const ENTITY_LABELS: Record<string, string> = {
  Item: 'item',
  PriorityArea: 'area',
  Milestone: 'milestone',
  Annotation: 'note',
  StatusChange: 'status change',
  Source: 'source',
  SourceVersion: 'text version',
  Statement: 'statement',
};

const VERBS: Record<string, string> = {
  create: 'Created',
  update: 'Edited',
  move: 'Moved',
  archive: 'Archived',
  unarchive: 'Published again',
  restore: 'Restored an earlier version of',
  remove: 'Removed',
  delete: 'Removed',
  reanchor: 'Re-anchored',
  orphan: 'Orphaned',
  reattach: 'Re-attached',
  import: 'Imported',
  'revise-text': 'Revised the text of',
  record: 'Recorded',
  correct: 'Corrected',
  finalise: 'Finalised',
};

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  areaId: 'Area',
  position: 'Position',
  archivedAt: 'Visibility',
  dueOn: 'Due',
  precision: 'Precision',
  metOn: 'Met on',
  body: 'Note',
  status: 'Status',
  effectiveOn: 'Effective on',
  note: 'Reason',
  correctsId: 'Corrects',
  quote: 'Quote',
  speaker: 'Speaker',
  statedOn: 'Stated on',
  kind: 'Kind',
  anchorState: 'Anchor',
  start: 'Start',
  end: 'End',
  sourceVersionId: 'Text version',
  outlet: 'Outlet',
  outletType: 'Outlet type',
  url: 'Address',
  dateline: 'Dateline',
  publishedOn: 'Published on',
  place: 'Place',
  languages: 'Languages',
  event: 'Event',
  latestVersion: 'Latest text version',
  method: 'Re-anchored by',
  score: 'Match score',
};

/** Bookkeeping, not content: never shown as a change. */
const HIDDEN_FIELDS = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'wasPublic',
  'restoredFrom',
  'itemId',
  'sourceId',
  'statementId',
  'presidencyId',
  'authorId',
  'actorId',
  'createdById',
  'importedById',
  'passwordHash',
  'sessionVersion',
  'prefix',
  'suffix',
  'sha256',
  'text',
]);

const FIELD_ORDER = Object.keys(FIELD_LABELS);
const DAY_FIELDS = new Set(['dueOn', 'metOn', 'effectiveOn', 'statedOn', 'publishedOn']);
const ITEM_FIELDS = ['title', 'summary', 'areaId'] as const;

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function humanize(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface DescribeContext {
  areaTitles: ReadonlyMap<string, string>;
}

function formatValue(key: string, value: unknown, context: DescribeContext): string | null {
  if (key === 'archivedAt') return value ? 'Archived (hidden from the public)' : 'Public';
  if (value === null || value === undefined || value === '') return null;
  if (key === 'areaId' && typeof value === 'string') return context.areaTitles.get(value) ?? value;
  if (key === 'position' && typeof value === 'number') return String(value + 1);
  if (key === 'precision' && typeof value === 'string') return humanize(value.toLowerCase());
  if (key === 'status' && typeof value === 'string')
    return STATUSES.find((status) => status.code === value)?.label ?? value;
  if (DAY_FIELDS.has(key) && typeof value === 'string') return value.slice(0, 10);
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function nameOf(snapshot: Record<string, unknown> | null): string | null {
  if (!snapshot) return null;
  for (const key of ['title', 'quote', 'body', 'status']) {
    const value = snapshot[key];
    if (typeof value !== 'string' || !value.trim()) continue;
    if (key === 'status') return STATUSES.find((status) => status.code === value)?.label ?? value;
    return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  }
  return null;
}

/** One revision as a person reads it: what happened and which fields changed how. Pure. */
export function describeRevision(row: RevisionRow, context: DescribeContext): HistoryEntryDto {
  const before = asRecord(row.before);
  const after = asRecord(row.after);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((key) => !HIDDEN_FIELDS.has(key))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const changes: FieldChangeDto[] = [];
  for (const key of keys) {
    const old = before ? formatValue(key, before[key], context) : null;
    const next = after ? formatValue(key, after[key], context) : null;
    // A creation lists what was set; a removal what was there; an edit what differs.
    if (before && after && old === next) continue;
    if (!before && next === null) continue;
    if (!after && old === null) continue;
    const isProse = (old !== null && isLongText(old)) || (next !== null && isLongText(next));
    changes.push({
      field: key,
      label: FIELD_LABELS[key] ?? humanize(key),
      before: old,
      after: next,
      parts: isProse && old !== null && next !== null ? diffWords(old, next) : null,
    });
  }
  const entityLabel = ENTITY_LABELS[row.entityType] ?? humanize(row.entityType).toLowerCase();
  const verb = VERBS[row.action];
  const name = nameOf(after) ?? nameOf(before);
  const restoredFrom = asRecord(after?.restoredFrom);
  return {
    id: row.id.toString(),
    at: typeof row.at === 'string' ? row.at : isoInstant(row.at),
    actorName: row.actorName,
    entityType: row.entityType,
    entityId: row.entityId,
    action: row.action,
    summary: `${verb ? `${verb} the ${entityLabel}` : `${humanize(row.action.replace(/[-_]+/g, ' '))} (${entityLabel})`}${name && row.entityType !== 'Item' ? `: “${name}”` : ''}`,
    changes,
    restore: null,
    restoredFrom:
      restoredFrom && typeof restoredFrom.revisionId === 'string'
        ? {
            revisionId: restoredFrom.revisionId,
            side: restoredFrom.side === 'before' ? 'before' : 'after',
            at: null,
          }
        : null,
  };
}

function rank(key: string): number {
  const index = FIELD_ORDER.indexOf(key);
  return index === -1 ? FIELD_ORDER.length : index;
}

function itemFieldsOf(snapshot: unknown): Record<string, string> | null {
  const record = asRecord(snapshot);
  if (!record) return null;
  const fields: Record<string, string> = {};
  for (const key of ITEM_FIELDS) if (typeof record[key] === 'string') fields[key] = record[key];
  return Object.keys(fields).length ? fields : null;
}

function differsFrom(
  fields: Record<string, string> | null,
  current: Record<string, string>,
): boolean {
  return fields !== null && Object.entries(fields).some(([key, value]) => current[key] !== value);
}

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

async function areaTitles(): Promise<Map<string, string>> {
  const areas = await db().priorityArea.findMany({ select: { id: true, title: true } });
  return new Map(areas.map((area) => [area.id, area.title]));
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
  const entries = describeAll(rows, { areaTitles: await areaTitles() });
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
  change: { wordsAdded: number; wordsRemoved: number; parts: DiffPart[] } | null;
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
    const counts = parts && countChangedWords(parts);
    return {
      number: version.number,
      createdAt: isoInstant(version.createdAt),
      createdByName: version.createdBy?.name ?? null,
      note: version.note,
      sha256: version.sha256,
      length: [...version.text].length,
      statementCount: version._count.statements,
      change: parts &&
        counts && {
          wordsAdded: counts.added,
          wordsRemoved: counts.removed,
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
    entries: describeAll(rows, { areaTitles: new Map() }),
  };
}
