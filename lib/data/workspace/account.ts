import 'server-only';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { checkSignInThrottle, recordSignInAttempt } from '@/lib/sign-in-throttle';
import type { SessionUser } from '@/lib/session';
import { assertRole, type Outcome } from '@/lib/data/shared/authz';

// The signed-in person's own account (analysts and admins alike); accounts of
// others are lib/data/admin/users.ts.

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
