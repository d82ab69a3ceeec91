// Throttling of failed sign-ins, kept in Postgres so it holds across app
// instances and restarts. Failures count per account and address together
// (email, whether or not it exists, so the answer reveals nothing), per
// address, and per account from anywhere, over a sliding window; an account's
// count restarts after a successful sign-in. Refused (throttled) attempts are
// audited but not counted, so they cannot keep a block alive. Counting per
// account *and* address means a stranger's failures do not lock the owner out
// (issue 9, finding 4); the per-account count from anywhere only slows down,
// and blocks at a bar no one reaches by accident.
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordRevision } from '@/lib/audit';

export const THROTTLE = {
  windowMinutes: 15,
  /** Failures per account before each further try is slowed down. */
  slowAfter: 3,
  delayStepMs: 400,
  maxDelayMs: 3_000,
  /** Failures per account from one address, then per address, that block sign-in for the window. */
  blockAccountAfter: 5,
  blockAddressAfter: 30,
  /** Failures per account from all addresses together that block it (a distributed guess). */
  blockAccountEverywhereAfter: 100,
} as const;

export interface ThrottleVerdict {
  blocked: boolean;
  delayMs: number;
}

/** The client's address, as the server wrote it into X-Forwarded-For (lib/client-address.js). */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const hops =
    forwarded
      ?.split(',')
      .map((hop) => hop.trim())
      .filter(Boolean) ?? [];
  return hops.at(-1) ?? headers.get('x-real-ip') ?? 'unknown';
}

/** Runs inside the sign-in transaction (lib/auth.ts), under the account's lock. */
export async function checkSignInThrottle(
  prisma: Prisma.TransactionClient,
  email: string,
  ip: string,
): Promise<ThrottleVerdict> {
  const windowStart = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const lastSuccess = await prisma.signInAttempt.findFirst({
    where: { email, succeeded: true, at: { gte: windowStart } },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  const since = lastSuccess && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const [accountFailures, addressFailures, accountFailuresEverywhere] = await Promise.all([
    prisma.signInAttempt.count({ where: { email, ip, succeeded: false, at: { gt: since } } }),
    prisma.signInAttempt.count({ where: { ip, succeeded: false, at: { gte: windowStart } } }),
    prisma.signInAttempt.count({ where: { email, succeeded: false, at: { gt: since } } }),
  ]);
  if (
    accountFailures >= THROTTLE.blockAccountAfter ||
    addressFailures >= THROTTLE.blockAddressAfter ||
    accountFailuresEverywhere >= THROTTLE.blockAccountEverywhereAfter
  ) {
    return { blocked: true, delayMs: 0 };
  }
  const excess = accountFailures - THROTTLE.slowAfter + 1;
  return {
    blocked: false,
    delayMs: excess > 0 ? Math.min(THROTTLE.maxDelayMs, excess * THROTTLE.delayStepMs) : 0,
  };
}

export async function recordSignInAttempt(
  tx: Prisma.TransactionClient,
  attempt: {
    email: string;
    ip: string;
    succeeded: boolean;
    userId?: string | null;
    throttled?: boolean;
    /** What the password was checked for (the audit log says which). */
    context?: 'sign-in' | 'password-change';
  },
): Promise<void> {
  // A refused attempt is audited only: counting it would renew the block.
  if (!attempt.throttled) {
    await tx.signInAttempt.create({
      data: { email: attempt.email, ip: attempt.ip, succeeded: attempt.succeeded },
    });
  }
  await recordRevision(tx, {
    entityType: 'User',
    entityId: attempt.userId ?? attempt.email,
    action: `${attempt.context ?? 'sign-in'}${
      attempt.succeeded ? '' : attempt.throttled ? '-throttled' : '-failed'
    }`,
    actorId: attempt.userId ?? null,
    after: { email: attempt.email, ip: attempt.ip },
  });
}
