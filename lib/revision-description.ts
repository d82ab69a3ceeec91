// How a revision of the audit log reads: per revision, the fields that
// changed, old and new, with a word diff for prose. Pure: the reads are in
// lib/data/workspace/history.ts.
import { isoInstant } from '@/lib/dates';
import { diffWords, isLongText, type DiffPart } from '@/lib/diff';
import { STATUSES } from '@/lib/status';
import { statementKindLabel } from '@/lib/statement-kinds';
import { OUTLET_TYPES } from '@/lib/outlets';
import type { ReanchorMethod } from '@/lib/evidence';
import type { StatementKind } from '@/lib/generated/prisma/enums';

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
  StatementItem: 'statement’s items',
  SuggestionDismissal: 'dismissed suggestion',
  User: 'account',
  Presidency: 'presidency',
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
  disable: 'Disabled',
  enable: 'Enabled',
  'change-role': 'Changed the role of',
  'change-password': 'Changed the password of',
  'set-password': 'Set the password of',
  'unlock-sign-in': 'Unlocked sign-in for',
  'sign-in': 'Signed in to',
  'sign-in-failed': 'Failed to sign in to',
  'sign-in-throttled': 'Refused a throttled sign-in to',
  'password-change': 'Checked the current password of',
  'password-change-failed': 'Refused a wrong current password for',
  'password-change-throttled': 'Refused a throttled password check for',
  'sign-out': 'Signed out of',
  'link-item': 'Linked an item to',
};

/** Every action the app records, for the audit log's filter (a fixed list: no scan of the log). */
export const REVISION_ACTIONS: readonly { code: string; label: string }[] = Object.entries(
  VERBS,
).map(([code, verb]) => ({ code, label: verb.replace(/ (of|for|to|the)$/, '') }));

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  titleRu: 'Russian title',
  summaryRu: 'Russian summary',
  areaId: 'Area',
  position: 'Position',
  archivedAt: 'Visibility',
  dueOn: 'Due',
  precision: 'Precision',
  metOn: 'Met on',
  missedOn: 'Missed on',
  outcomePrecision: 'Precision of the outcome',
  evidenceId: 'Evidence',
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
  relayedFrom: 'Relaying',
  sameRemarkAsId: 'Same remark as',
  sameRemarkAs: 'Same remark as',
  itemIds: 'Items',
  evidence: 'Evidence',
  provenance: 'Copy',
  originalOutlet: 'Original outlet',
  sourceVersion: 'Text version',
  quotedBy: 'Quoted by',
  email: 'Email',
  ip: 'IP address',
  name: 'Name',
  role: 'Role',
  disabledAt: 'Account',
  clearedFailures: 'Failed sign-ins cleared',
  reanchored: 'Re-anchored',
  orphaned: 'Orphaned',
};

/** Fields that hold ids of other records: shown by name (DescribeContext.names). */
const ID_FIELDS = new Set([
  'correctsId',
  'evidenceId',
  'sameRemarkAsId',
  'sameRemarkAs',
  'itemIds',
  'evidence',
  'statementIds',
]);

/** The ids a revision names in ID_FIELDS, for the caller to look up (pure). */
export function referencedIds(rows: readonly Pick<RevisionRow, 'before' | 'after'>[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const snapshot of [asRecord(row.before), asRecord(row.after)]) {
      if (!snapshot) continue;
      for (const key of ID_FIELDS) {
        const value = snapshot[key];
        for (const id of Array.isArray(value) ? value : [value])
          if (typeof id === 'string' && id) ids.add(id);
      }
    }
  }
  return [...ids];
}

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
const DAY_FIELDS = new Set([
  'dueOn',
  'metOn',
  'missedOn',
  'effectiveOn',
  'statedOn',
  'publishedOn',
]);
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
  /** Readable names of the records ID_FIELDS point at (lib/data/shared/revision-names.ts). */
  names?: ReadonlyMap<string, string>;
}

/** Records the public never sees: archiving one changes no visibility. */
const INTERNAL_ENTITIES = new Set(['Annotation', 'SuggestionDismissal', 'User']);

function formatValue(
  key: string,
  value: unknown,
  context: DescribeContext,
  entityType = '',
): string | null {
  if (key === 'archivedAt') {
    if (INTERNAL_ENTITIES.has(entityType)) return value ? 'Archived' : 'Current';
    return value ? 'Archived (hidden from the public)' : 'Public';
  }
  if (key === 'disabledAt') return value ? 'Disabled' : 'Active';
  if (value === null || value === undefined || value === '') return null;
  if (ID_FIELDS.has(key)) {
    const ids = (Array.isArray(value) ? value : [value]).map(String);
    return ids.map((id) => context.names?.get(id) ?? 'a record no longer stored').join('; ');
  }
  if (key === 'role' && typeof value === 'string') return humanize(value.toLowerCase());
  if (key === 'kind' && typeof value === 'string')
    return statementKindLabel(value as StatementKind);
  if (key === 'outletType' && typeof value === 'string')
    return OUTLET_TYPES.find((type) => type.code === value)?.label ?? value;
  if (
    (key === 'provenance' || key === 'anchorState' || key === 'quotedBy') &&
    typeof value === 'string'
  )
    return humanize(value.toLowerCase().replace(/_/g, ' '));
  if (key === 'areaId' && typeof value === 'string') return context.areaTitles.get(value) ?? value;
  if (key === 'position' && typeof value === 'number') return String(value + 1);
  if (key === 'precision' && typeof value === 'string') return humanize(value.toLowerCase());
  if (key === 'status' && typeof value === 'string')
    return STATUSES.find((status) => status.code === value)?.label ?? value;
  if (DAY_FIELDS.has(key) && typeof value === 'string') return value.slice(0, 10);
  if (Array.isArray(value)) return value.map(String).join(', ');
  // An object (re-anchoring counts): its entries in words, never JSON.
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([name, entry]) => `${humanize(name).toLowerCase()}: ${String(entry)}`)
      .join(', ');
  return String(value);
}

function nameOf(snapshot: Record<string, unknown> | null): string | null {
  if (!snapshot) return null;
  for (const key of ['title', 'quote', 'body', 'status', 'name']) {
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
    const old = before ? formatValue(key, before[key], context, row.entityType) : null;
    const next = after ? formatValue(key, after[key], context, row.entityType) : null;
    // A creation lists what was set; a removal what was there; an edit what differs.
    if (before && after && old === next) continue;
    if (!before && next === null) continue;
    if (!after && old === null) continue;
    const isProse = (old !== null && isLongText(old)) || (next !== null && isLongText(next));
    changes.push({
      field: key,
      label:
        key === 'archivedAt' && INTERNAL_ENTITIES.has(row.entityType)
          ? 'State'
          : (FIELD_LABELS[key] ?? humanize(key)),
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

export function itemFieldsOf(snapshot: unknown): Record<string, string> | null {
  const record = asRecord(snapshot);
  if (!record) return null;
  const fields: Record<string, string> = {};
  for (const key of ITEM_FIELDS) if (typeof record[key] === 'string') fields[key] = record[key];
  return Object.keys(fields).length ? fields : null;
}

export function differsFrom(
  fields: Record<string, string> | null,
  current: Record<string, string>,
): boolean {
  return fields !== null && Object.entries(fields).some(([key, value]) => current[key] !== value);
}

/** What a source text revision did to the statements quoting it. */
export interface RevisionSummary {
  versionNumber: number;
  reanchored: Record<ReanchorMethod, number>;
  orphaned: number;
}

export function describeRevisionSummary(summary: RevisionSummary): string {
  const { position, exact, fuzzy } = summary.reanchored;
  return `${position + exact + fuzzy} re-anchored (${position} by position, ${exact} exact, ${fuzzy} fuzzy), ${summary.orphaned} orphaned`;
}
