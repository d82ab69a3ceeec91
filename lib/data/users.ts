import 'server-only';
import { insertAccount, EmailTakenError, type NewAccount } from '@/lib/accounts';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { checkSignInThrottle, recordSignInAttempt } from '@/lib/sign-in-throttle';
import type { SessionUser } from '@/lib/session';
import { isoInstant } from '@/lib/dates';
import { assertRole, type Outcome } from './authz';

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

export async function changeOwnPassword(
  actor: SessionUser | null,
  input: { currentPassword: string; newPassword: string },
  ip: string,
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  // The current password is a guess like a sign-in's, and whoever holds a
  // stolen session could otherwise try passwords without limit (issue 9,
  // finding 15): the same per-account lock, throttle and record as sign-in.
  const check = await db().$transaction(
    async (tx): Promise<'right' | 'wrong' | 'throttled'> => {
      const user = await tx.user.findUnique({
        where: { id: actor.id },
        select: { email: true, passwordHash: true },
      });
      if (!user) return 'wrong';
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtext('sign-in:' || ${user.email})) AS locked`;
      if (!lock?.locked) return 'throttled';
      const attempt = {
        email: user.email,
        ip,
        userId: actor.id,
        context: 'password-change' as const,
      };
      const throttle = await checkSignInThrottle(tx, user.email, ip);
      if (throttle.blocked) {
        await recordSignInAttempt(tx, { ...attempt, succeeded: false, throttled: true });
        return 'throttled';
      }
      if (throttle.delayMs > 0)
        await new Promise((resolve) => setTimeout(resolve, throttle.delayMs));
      if (await verifyPassword(user.passwordHash, input.currentPassword)) return 'right';
      await recordSignInAttempt(tx, { ...attempt, succeeded: false });
      return 'wrong';
    },
    { maxWait: 5_000, timeout: 15_000 },
  );
  if (check === 'throttled')
    return {
      ok: false,
      message:
        'Too many wrong passwords for this account: password checks are blocked for 15 minutes (an admin can unlock it sooner).',
      field: 'currentPassword',
    };
  if (check === 'wrong')
    return {
      ok: false,
      message: 'Your current password is not correct.',
      field: 'currentPassword',
    };
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, version: { increment: 1 }, sessionVersion: { increment: 1 } },
    });
    await recordRevision(tx, {
      entityType: 'User',
      entityId: actor.id,
      action: 'change-password',
      actorId: actor.id,
    });
  });
  return { ok: true, value: undefined };
}

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
