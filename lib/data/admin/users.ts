import 'server-only';
import { insertAccount, EmailTakenError, type NewAccount } from '@/lib/accounts';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/session';
import { isoInstant } from '@/lib/dates';
import { assertRole, type Outcome } from '@/lib/data/shared/authz';

// Accounts. Every function takes the acting user and checks the role itself;
// expected failures come back as { ok: false } with a message for the form.

export interface UserRowDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  isDisabled: boolean;
  version: number;
  createdAt: string;
}

export async function listUsers(actor: SessionUser | null): Promise<UserRowDto[]> {
  assertRole(actor, 'ADMIN');
  const users = await db().user.findMany({
    orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { email: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      version: true,
      createdAt: true,
    },
  });
  return users.map(({ disabledAt, createdAt, ...user }) => ({
    ...user,
    isDisabled: disabledAt !== null,
    createdAt: isoInstant(createdAt),
  }));
}

export async function createUser(
  actor: SessionUser | null,
  input: NewAccount,
): Promise<Outcome<{ id: string }>> {
  assertRole(actor, 'ADMIN');
  try {
    const user = await insertAccount(db(), input, actor.id);
    return { ok: true, value: { id: user.id } };
  } catch (error) {
    if (error instanceof EmailTakenError)
      return { ok: false, message: error.message, field: 'email' };
    throw error;
  }
}

const STALE =
  'This account was changed by someone else since you loaded the page. Reload and try again.';

const LAST_ADMIN = 'The tracker needs at least one active admin.';

class LastAdminRefusal extends Error {}

/**
 * Inside a transaction that may remove an active admin: waits for any other
 * such transaction (one advisory lock for the admin roster), so two admins
 * demoting or disabling each other at once cannot both pass (issue 9,
 * finding 9). `assertAdminRemains` then counts after the change, under it.
 */
async function lockAdminRoster(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('tracker:admin-roster'))`;
}

async function assertAdminRemains(tx: Prisma.TransactionClient): Promise<void> {
  const admins = await tx.user.count({ where: { role: 'ADMIN', disabledAt: null } });
  if (admins === 0) throw new LastAdminRefusal(LAST_ADMIN);
}

/** Runs `work` in a transaction; a LastAdminRefusal rolls it back and becomes a refusal. */
async function withAdminGuard(
  work: (tx: Prisma.TransactionClient) => Promise<Outcome>,
): Promise<Outcome> {
  try {
    return await db().$transaction(async (tx) => {
      await lockAdminRoster(tx);
      return work(tx);
    });
  } catch (error) {
    if (error instanceof LastAdminRefusal) return { ok: false, message: LAST_ADMIN };
    throw error;
  }
}

export async function changeUserRole(
  actor: SessionUser | null,
  input: { userId: string; role: Role; version: number },
): Promise<Outcome> {
  assertRole(actor, 'ADMIN');
  if (input.userId === actor.id)
    return { ok: false, message: 'You cannot change your own role. Ask another admin.' };
  return withAdminGuard(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, email: true, role: true },
    });
    if (!before) return { ok: false, message: 'No such account.' };
    // The version guard makes the update a no-op when someone saved first.
    const updated = await tx.user.updateMany({
      where: { id: input.userId, version: input.version },
      data: { role: input.role, version: { increment: 1 }, sessionVersion: { increment: 1 } },
    });
    if (updated.count === 0) return { ok: false, message: STALE };
    await assertAdminRemains(tx);
    await recordRevision(tx, {
      entityType: 'User',
      entityId: input.userId,
      action: 'change-role',
      actorId: actor.id,
      before,
      after: { ...before, role: input.role },
    });
    return { ok: true, value: undefined };
  });
}

/**
 * Clears an account's failed sign-ins, so a block someone else caused ends
 * now (issue 9, finding 4). The attempts stay in the audit log.
 */
export async function unlockSignIn(
  actor: SessionUser | null,
  input: { userId: string },
): Promise<Outcome<{ cleared: number }>> {
  assertRole(actor, 'ADMIN');
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, email: true },
    });
    if (!user) return { ok: false, message: 'No such account.' };
    const { count } = await tx.signInAttempt.deleteMany({
      where: { email: user.email, succeeded: false },
    });
    await recordRevision(tx, {
      entityType: 'User',
      entityId: user.id,
      action: 'unlock-sign-in',
      actorId: actor.id,
      after: { email: user.email, clearedFailures: count },
    });
    return { ok: true, value: { cleared: count } };
  });
}

export async function setUserDisabled(
  actor: SessionUser | null,
  input: { userId: string; disabled: boolean; version: number },
): Promise<Outcome> {
  assertRole(actor, 'ADMIN');
  if (input.userId === actor.id)
    return { ok: false, message: 'You cannot disable your own account.' };
  return withAdminGuard(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, email: true, disabledAt: true },
    });
    if (!before) return { ok: false, message: 'No such account.' };
    const updated = await tx.user.updateMany({
      where: { id: input.userId, version: input.version },
      data: {
        disabledAt: input.disabled ? new Date() : null,
        version: { increment: 1 },
        sessionVersion: { increment: 1 },
      },
    });
    if (updated.count === 0) return { ok: false, message: STALE };
    if (input.disabled) await assertAdminRemains(tx);
    await recordRevision(tx, {
      entityType: 'User',
      entityId: input.userId,
      action: input.disabled ? 'disable' : 'enable',
      actorId: actor.id,
      before,
      after: { ...before, disabledAt: input.disabled ? 'now' : null },
    });
    return { ok: true, value: undefined };
  });
}
