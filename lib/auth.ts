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
import { checkSignInThrottle, clientAddress, recordSignInAttempt } from '@/lib/sign-in-throttle';
import { signInSchema } from '@/lib/validation/users';
import { authConfig } from './auth.config';

export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
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
        const prisma = db();

        const throttle = await checkSignInThrottle(prisma, email, ip);
        if (throttle.blocked) {
          await recordSignInAttempt(prisma, { email, ip, succeeded: false, throttled: true });
          throw new ThrottledSignIn();
        }
        if (throttle.delayMs > 0)
          await new Promise((resolve) => setTimeout(resolve, throttle.delayMs));

        const user = await prisma.user.findUnique({
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
          await recordSignInAttempt(prisma, {
            email,
            ip,
            succeeded: false,
            userId: user?.id ?? null,
          });
          return null;
        }
        await recordSignInAttempt(prisma, { email, ip, succeeded: true, userId: user.id });
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      if (typeof token.uid !== 'string') return null;
      const current = await db().user.findUnique({
        where: { id: token.uid },
        select: { role: true, name: true, disabledAt: true, sessionVersion: true },
      });
      if (!current || current.disabledAt || current.sessionVersion !== token.sv) return null;
      token.role = current.role;
      token.name = current.name;
      return token;
    },
  },
  events: {
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (token && typeof token.uid === 'string') {
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
