'use server';

import { action } from '@/lib/actions';
import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn, signOut } from '@/lib/auth';
import { isDatabaseUnavailable } from '@/lib/db-errors';
import { failed } from '@/lib/form-state';
import { signInSchema } from '@/lib/validation/users';

// Only a local path may follow sign-in (no open redirect). Next rewrites
// 127.0.0.1 to localhost, so keep just the path and query.
function safeCallback(callbackUrl: string | undefined): string {
  if (!callbackUrl) return '/workspace';
  try {
    const url = new URL(callbackUrl, 'http://local.invalid');
    if (
      url.origin !== 'http://local.invalid' &&
      !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(callbackUrl)
    )
      return '/workspace';
    const path = `${url.pathname}${url.search}`;
    return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/login')
      ? path
      : '/workspace';
  } catch {
    return '/workspace';
  }
}

const SIGN_IN_OUTAGE_MESSAGE =
  'Could not sign in: the database is not answering. Your password was not checked; try again in a few seconds.';
const SIGN_IN_FAILED_MESSAGE =
  'Could not sign in because of an error on our side. Your password was not checked; try again.';

export const signInAction = action({
  role: null,
  read: (formData) => ({
    email: formData.get('email'),
    password: formData.get('password'),
    callbackUrl: formData.get('callbackUrl') ?? undefined,
  }),
  schema: signInSchema,
  invalidMessage: 'Enter your email and password.',
  run: async (_actor, input) => {
    try {
      await signIn('credentials', {
        email: input.email,
        password: input.password,
        redirectTo: safeCallback(input.callbackUrl),
      });
    } catch (error) {
      // A successful sign-in throws Next's redirect: let it through.
      if (!(error instanceof AuthError)) throw error;
      if (error instanceof CredentialsSignin && error.code === 'throttled') {
        return {
          ok: false as const,
          message:
            'Too many failed sign-ins. Sign-in is blocked for 15 minutes; an admin can help sooner.',
        };
      }
      // Auth.js wraps what authorize() threw (CallbackRouteError, cause.err):
      // a database that did not answer is not a wrong password, and saying
      // so would send the analyst to reset a password that is fine.
      const thrown = (error.cause as { err?: unknown } | undefined)?.err;
      if (isDatabaseUnavailable(thrown ?? error)) {
        return { ok: false as const, message: SIGN_IN_OUTAGE_MESSAGE };
      }
      if (thrown !== undefined && !(error instanceof CredentialsSignin)) {
        // A bug, not a refusal: log it, and do not blame the credentials.
        console.error('Sign-in failed:', thrown);
        return { ok: false as const, message: SIGN_IN_FAILED_MESSAGE };
      }
      return {
        ok: false as const,
        message: 'That email and password do not match an active account.',
      };
    }
    return { ok: true as const, value: undefined };
  },
  changes: 'nothing',
  done: () => failed('Sign-in did not complete. Try again.'),
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
