import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/session';
import { isoInstant } from '@/lib/dates';
import { assertRole } from '@/lib/data/shared/authz';
import { readDescribeContext } from '@/lib/data/shared/revision-names';
import { describeRevision, type HistoryEntryDto } from '@/lib/revision-description';

// The audit log (every Revision row) as admins read it: in words (the same
// descriptions as the histories, names instead of ids), filtered by person,
// action, record and date range (issue 11), newest first, a page at a time.

export interface AuditRowDto {
  id: string;
  at: string;
  entityType: string;
  entityId: string;
  action: string;
  actorName: string | null;
  /** The revision in words: what happened and the fields that changed. */
  entry: HistoryEntryDto;
  before: unknown;
  after: unknown;
}

export interface AuditFilters {
  page: number;
  pageSize: number;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** ISO days, inclusive (UTC). */
  from?: string;
  to?: string;
}

export async function listAuditLog(
  actor: SessionUser | null,
  options: AuditFilters,
): Promise<{ rows: AuditRowDto[]; total: number }> {
  assertRole(actor, 'ADMIN');
  const at: Prisma.DateTimeFilter = {};
  if (options.from) at.gte = new Date(`${options.from}T00:00:00Z`);
  if (options.to) at.lt = new Date(new Date(`${options.to}T00:00:00Z`).getTime() + 86_400_000);
  const where: Prisma.RevisionWhereInput = {
    ...(options.entityType ? { entityType: options.entityType } : {}),
    ...(options.entityId ? { entityId: options.entityId } : {}),
    ...(options.actorId ? { actorId: options.actorId } : {}),
    ...(options.action ? { action: options.action } : {}),
    ...(options.from || options.to ? { at } : {}),
  };
  const [rows, total] = await Promise.all([
    db().revision.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (options.page - 1) * options.pageSize,
      take: options.pageSize,
      select: {
        id: true,
        at: true,
        entityType: true,
        entityId: true,
        action: true,
        before: true,
        after: true,
        actor: { select: { name: true } },
      },
    }),
    db().revision.count({ where }),
  ]);
  const context = await readDescribeContext(rows);
  return {
    rows: rows.map((row) => {
      const actorName = row.actor?.name ?? null;
      return {
        id: row.id.toString(),
        at: isoInstant(row.at),
        entityType: row.entityType,
        entityId: row.entityId,
        action: row.action,
        actorName,
        before: row.before,
        after: row.after,
        entry: describeRevision({ ...row, actorName }, context),
      };
    }),
    total,
  };
}

/** The people who can appear in the log, for its filter. */
export async function listAuditPeople(
  actor: SessionUser | null,
): Promise<{ id: string; name: string }[]> {
  assertRole(actor, 'ADMIN');
  return db().user.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}
