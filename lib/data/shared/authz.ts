import 'server-only';
import type { Role } from '@/lib/generated/prisma/enums';
import { hasRole, type SessionUser } from '@/lib/session';

// Authorization inside the data layer: every function that writes takes the
// acting user and calls assertRole first, whatever the caller checked before.

export class ForbiddenError extends Error {
  constructor(message = 'You do not have permission to do this.') {
    super(message);
  }
}

export function assertRole(actor: SessionUser | null, role: Role): asserts actor is SessionUser {
  if (!actor || !hasRole(actor, role)) throw new ForbiddenError();
}

/** Expected failures of a data-layer write, for the form to show. */
export type Outcome<T = void> =
  | { ok: true; value: T }
  | { ok: false; message: string; field?: string; conflict?: Conflict };

/** Someone saved first: what is stored now, for the merge view. */
export interface Conflict {
  currentVersion: number;
  current: Record<string, string>;
}

export const STALE_MESSAGE =
  'Someone else saved this record after you opened it. Compare the two versions below, then save again.';
