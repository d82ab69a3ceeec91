import type { Prisma } from '@/lib/generated/prisma/client';

// The audit log (used by the data layer and by ops scripts): every change writes one Revision in the same transaction as
// the change itself, so the log never misses a write nor records one that
// rolled back.
export interface RevisionInput {
  entityType: string;
  entityId: string;
  action: string;
  actorId: string | null;
  before?: unknown;
  after?: unknown;
}

type Tx = Pick<Prisma.TransactionClient, 'revision'>;

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, entry: unknown) =>
      typeof entry === 'bigint' ? entry.toString() : entry,
    ),
  ) as Prisma.InputJsonValue;
}

export async function recordRevision(tx: Tx, input: RevisionInput): Promise<void> {
  await tx.revision.create({
    data: {
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      actorId: input.actorId,
      before: toJson(input.before),
      after: toJson(input.after),
    },
  });
}
