// Throttling of failed sign-ins, kept in Postgres so it holds across app
// instances and restarts. Failures count per account (email, whether or not
// it exists, so the answer reveals nothing) and per client address, over a
// sliding window; an account's count restarts after a successful sign-in.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordRevision } from '@/lib/audit';

export const THROTTLE = {
  windowMinutes: 15,
  /** Failures per account before each further try is slowed down. */
  slowAfter: 3,
  delayStepMs: 400,
  maxDelayMs: 3_000,
  /** Failures per account, then per address, that block sign-in for the window. */
  blockAccountAfter: 5,
  blockAddressAfter: 30,
} as const;

export interface ThrottleVerdict {
  blocked: boolean;
  delayMs: number;
}

/** The client's address: the hop nearest to us in X-Forwarded-For (Next sets it from the socket). */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const hops =
    forwarded
      ?.split(',')
      .map((hop) => hop.trim())
      .filter(Boolean) ?? [];
  return hops.at(-1) ?? headers.get('x-real-ip') ?? 'unknown';
}

export async function checkSignInThrottle(
  prisma: PrismaClient,
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
  const [accountFailures, addressFailures] = await Promise.all([
    prisma.signInAttempt.count({ where: { email, succeeded: false, at: { gt: since } } }),
    prisma.signInAttempt.count({ where: { ip, succeeded: false, at: { gte: windowStart } } }),
  ]);
  if (
    accountFailures >= THROTTLE.blockAccountAfter ||
    addressFailures >= THROTTLE.blockAddressAfter
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
  prisma: PrismaClient,
  attempt: {
    email: string;
    ip: string;
    succeeded: boolean;
    userId?: string | null;
    throttled?: boolean;
  },
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.signInAttempt.create({
      data: { email: attempt.email, ip: attempt.ip, succeeded: attempt.succeeded },
    });
    await recordRevision(tx, {
      entityType: 'User',
      entityId: attempt.userId ?? attempt.email,
      action: attempt.succeeded
        ? 'sign-in'
        : attempt.throttled
          ? 'sign-in-throttled'
          : 'sign-in-failed',
      actorId: attempt.userId ?? null,
      after: { email: attempt.email, ip: attempt.ip },
    });
  });
}
