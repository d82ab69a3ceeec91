// The part of the Auth.js configuration that needs no database: used by the
// proxy (proxy.ts), which only reads the session cookie to redirect.
// The full configuration, with the credentials check and the per-request
// session-version check, is lib/auth.ts.
import type { NextAuthConfig } from 'next-auth';
import type { Role } from '@/lib/generated/prisma/enums';

declare module 'next-auth' {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
    /** The account could not be checked (database unavailable): refuse, do not sign out. */
    unchecked?: boolean;
  }
}

/** A session ends this long after sign-in, however active (issue 9, finding 6). */
export const ABSOLUTE_SESSION_SECONDS = 60 * 60 * 24 * 7;

export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 60 * 60 * 12 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === 'string') {
        session.user.id = token.uid;
        session.user.role = token.role as Role;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
