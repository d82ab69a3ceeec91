import 'server-only';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from '@/lib/auth';
import { DatabaseUnavailableError } from '@/lib/db-errors';
import type { Role } from '@/lib/generated/prisma/enums';

// Who is asking. The session check (account enabled, session version current)
// runs inside auth() on every request; see lib/auth.ts.
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

// Most requests come from readers who never signed in: without a session
// cookie (plain, __Secure- prefixed or chunked) there is nothing to check.
async function hasSessionCookie(): Promise<boolean> {
  return (await cookies()).getAll().some((cookie) => cookie.name.includes('authjs.session-token'));
}

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  if (!(await hasSessionCookie())) return null;
  const session = await auth();
  if (session?.unchecked) throw new DatabaseUnavailableError();
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, email: user.email ?? '', name: user.name ?? '', role: user.role };
});

/** For pages and actions that need a signed-in user: anonymous visitors go to /login. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect('/login');
  return user;
}

export function hasRole(user: SessionUser, role: Role): boolean {
  return role === 'ANALYST' ? user.role === 'ANALYST' || user.role === 'ADMIN' : user.role === role;
}

/** ANALYST: analysts and admins. ADMIN: admins only; others get a 403. */
export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user, role)) forbidden();
  return user;
}
