// Auth.js (next-auth v5): email + password, JWT sessions. Every request that
// reads the session re-checks the account in Postgres (disabled? password or
// role changed since sign-in?) through the session version, so revocation
// takes effect at the user's next request, not at the token's expiry.
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { verifyPassword } from '@/lib/passwords';
import { isDatabaseUnavailable } from '@/lib/db-errors';
import { checkSignInThrottle, clientAddress, recordSignInAttempt } from '@/lib/sign-in-throttle';
import { signInSchema } from '@/lib/validation/users';
import type { Prisma, Role } from '@/lib/generated/prisma/client';
import { ABSOLUTE_SESSION_SECONDS, authConfig } from './auth.config';

export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
}

type Attempt =
  | { outcome: 'throttled' }
  | { outcome: 'refused' }
  | {
      outcome: 'signed-in';
      user: { id: string; email: string; name: string; role: Role; sessionVersion: number };
    };

/** One sign-in attempt, in a transaction that holds the account's advisory lock. */
async function attemptSignIn(
  tx: Prisma.TransactionClient,
  email: string,
  password: string,
  ip: string,
): Promise<Attempt> {
  const throttle = await checkSignInThrottle(tx, email, ip);
  if (throttle.blocked) {
    await recordSignInAttempt(tx, { email, ip, succeeded: false, throttled: true });
    return { outcome: 'throttled' };
  }
  if (throttle.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, throttle.delayMs));

  const user = await tx.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      passwordHash: true,
      disabledAt: true,
      sessionVersion: true,
    },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordMatches || user.disabledAt) {
    await recordSignInAttempt(tx, { email, ip, succeeded: false, userId: user?.id ?? null });
    return { outcome: 'refused' };
  }
  await recordSignInAttempt(tx, { email, ip, succeeded: true, userId: user.id });
  return {
    outcome: 'signed-in',
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionVersion: user.sessionVersion,
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: env().AUTH_SECRET,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientAddress(request.headers);
        // One attempt per account at a time (issue 9, finding 3): the check,
        // the password comparison and the record of the attempt happen under
        // an advisory lock, so parallel guesses cannot all pass a check that
        // has not yet seen the others' failures. A parallel attempt is refused
        // as throttled, not queued.
        const attempt = await db().$transaction(
          async (tx): Promise<Attempt> => {
            const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
              SELECT pg_try_advisory_xact_lock(hashtext('sign-in:' || ${email})) AS locked`;
            if (!lock?.locked) return { outcome: 'throttled' };
            return attemptSignIn(tx, email, password, ip);
          },
          { maxWait: 5_000, timeout: 15_000 },
        );
        if (attempt.outcome === 'throttled') throw new ThrottledSignIn();
        return attempt.outcome === 'signed-in' ? attempt.user : null;
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      if (typeof token.uid !== 'string') return null;
      // Sliding sessions end anyway a fixed time after sign-in.
      const signedInAt = typeof token.signedInAt === 'number' ? token.signedInAt : 0;
      if (Date.now() / 1000 - signedInAt > ABSOLUTE_SESSION_SECONDS) return null;
      let current;
      try {
        current = await db().user.findUnique({
          where: { id: token.uid },
          select: { role: true, name: true, disabledAt: true, sessionVersion: true },
        });
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        // The account could not be checked. Signing the analyst out would send
        // them to /login and lose what they were saving (issue 9, finding 8):
        // keep the cookie as it is, and let currentUser() refuse the request.
        return { ...token, unchecked: true };
      }
      delete token.unchecked;
      if (!current || current.disabledAt || current.sessionVersion !== token.sv) return null;
      token.role = current.role;
      token.name = current.name;
      return token;
    },
    session(params) {
      const session = authConfig.callbacks.session(params);
      if (params.token.unchecked) session.unchecked = true;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (token && typeof token.uid === 'string') {
        // Signing out revokes the token, not only the cookie: a copy taken
        // before is refused at its next use (session version). It ends the
        // user's sessions on other devices too; one version per account is
        // what the session check knows (decision 0006).
        await db().user.update({
          where: { id: token.uid },
          data: { sessionVersion: { increment: 1 } },
        });
        await recordRevision(db(), {
          entityType: 'User',
          entityId: token.uid,
          action: 'sign-out',
          actorId: token.uid,
        });
      }
    },
  },
}));
