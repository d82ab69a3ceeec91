import 'server-only';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/session';
import { isoInstant } from '@/lib/dates';
import { assertRole } from '@/lib/data/shared/authz';

// The audit log (every Revision row) as admins read it.

export interface AuditRowDto {
  id: string;
  at: string;
  entityType: string;
  entityId: string;
  action: string;
  actorName: string | null;
  before: unknown;
  after: unknown;
}

export async function listAuditLog(
  actor: SessionUser | null,
  options: { page: number; pageSize: number; entityType?: string },
): Promise<{ rows: AuditRowDto[]; total: number }> {
  assertRole(actor, 'ADMIN');
  const where = options.entityType ? { entityType: options.entityType } : {};
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
  return {
    rows: rows.map((row) => ({
      ...row,
      id: row.id.toString(),
      at: isoInstant(row.at),
      actorName: row.actor?.name ?? null,
    })),
    total,
  };
}
