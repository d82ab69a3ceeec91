import 'server-only';
import { db } from '@/lib/db';
import { isoDay, isoInstant } from '@/lib/dates';
import type { Status } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/session';
import { currentStatus, timeline } from '@/lib/status-history';
import { statusDateBounds, type DateBounds } from '@/lib/validation/status-changes';
import { assertRole } from '@/lib/data/shared/authz';
import {
  statusChangeEntrySelect,
  statusHistoryOrder,
  toStatusChangeEntry,
} from '@/lib/data/shared/status-change-fields';
import {
  evidenceSelect,
  toEvidenceDto,
  type EvidenceStatementDto,
} from '@/lib/data/shared/evidence-fields';

// The status page of one item: its history with corrections, its citable
// statements and the dates a change may take effect on.

export interface CorrectionLinkDto {
  id: string;
  effectiveOn: string;
  createdAt: string;
  authorName: string | null;
}

export interface HistoryEntryDto {
  id: string;
  status: Status;
  from: Status;
  effectiveOn: string;
  createdAt: string;
  note: string;
  authorName: string | null;
  correctsId: string | null;
  /** Stands (no other entry corrects it): counts for the current status. */
  isStanding: boolean;
  corrects: CorrectionLinkDto | null;
  correctedBy: CorrectionLinkDto | null;
  evidence: EvidenceStatementDto[];
}

export interface StatusWorkspaceDto {
  item: {
    id: string;
    title: string;
    summary: string;
    isArchived: boolean;
    area: { id: string; title: string };
  };
  presidency: { id: string; periodStart: string; periodEnd: string; finalizedAt: string | null };
  status: Status;
  /** Newest first (effective date, then recording time). */
  history: HistoryEntryDto[];
  /** The item's own statements, citable ones first. */
  statements: EvidenceStatementDto[];
  bounds: DateBounds;
}

/** Everything the status page of one item shows, or null if there is no such item. */
export async function getStatusWorkspace(
  actor: SessionUser | null,
  itemId: string,
): Promise<StatusWorkspaceDto | null> {
  assertRole(actor, 'ANALYST');
  const item = await db().item.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      title: true,
      summary: true,
      archivedAt: true,
      area: {
        select: {
          id: true,
          title: true,
          archivedAt: true,
          presidency: {
            select: { id: true, periodStart: true, periodEnd: true, finalizedAt: true },
          },
        },
      },
      statusChanges: {
        orderBy: statusHistoryOrder,
        select: {
          ...statusChangeEntrySelect,
          evidence: { select: { statement: { select: evidenceSelect } } },
        },
      },
      statements: {
        where: { statement: { archivedAt: null } },
        select: { statement: { select: evidenceSelect } },
      },
    },
  });
  if (!item) return null;

  const facts = item.statusChanges.map((change) => ({
    ...toStatusChangeEntry(change),
    evidence: change.evidence,
  }));
  const link = (change: (typeof facts)[number]): CorrectionLinkDto => ({
    id: change.id,
    effectiveOn: change.effectiveOn,
    createdAt: change.createdAt,
    authorName: change.authorName,
  });
  const history: HistoryEntryDto[] = timeline(facts).map(
    ({ change, from, isStanding, corrects, correctedBy }) => ({
      id: change.id,
      status: change.status,
      from,
      effectiveOn: change.effectiveOn,
      createdAt: change.createdAt,
      note: change.note,
      authorName: change.authorName,
      correctsId: change.correctsId,
      isStanding,
      corrects: corrects ? link(corrects) : null,
      correctedBy: correctedBy ? link(correctedBy) : null,
      evidence: change.evidence.map(({ statement }) => toEvidenceDto(statement)),
    }),
  );

  const statements = item.statements
    .map(({ statement }) => toEvidenceDto(statement))
    .sort(
      (a, b) =>
        Number(b.isCitable) - Number(a.isCitable) ||
        (a.statedOn ?? '').localeCompare(b.statedOn ?? ''),
    );

  const presidency = item.area.presidency;
  return {
    item: {
      id: item.id,
      title: item.title,
      summary: item.summary,
      isArchived: item.archivedAt !== null || item.area.archivedAt !== null,
      area: { id: item.area.id, title: item.area.title },
    },
    presidency: {
      id: presidency.id,
      periodStart: isoDay(presidency.periodStart),
      periodEnd: isoDay(presidency.periodEnd),
      finalizedAt: presidency.finalizedAt && isoInstant(presidency.finalizedAt),
    },
    status: currentStatus(facts),
    history,
    statements,
    bounds: statusDateBounds(isoDay(presidency.periodStart)),
  };
}

/** The dates a status change of this item may take effect on, or null if there is no such item. */
export async function getStatusDateBounds(
  actor: SessionUser | null,
  itemId: string,
): Promise<DateBounds | null> {
  assertRole(actor, 'ANALYST');
  // Read before the form is validated: an id Postgres cannot hold (a NUL) is no item.
  if (itemId.includes('\u0000')) return null;
  const item = await db().item.findUnique({
    where: { id: itemId },
    select: { area: { select: { presidency: { select: { periodStart: true } } } } },
  });
  return item && statusDateBounds(isoDay(item.area.presidency.periodStart));
}
