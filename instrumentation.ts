// Next calls onRequestError for every request that failed on the server. When
// it failed because the database did not answer, mark it: scripts/serve.mjs
// (same process) then answers 503 with Retry-After instead of 500, and the
// error page says to try again in a moment (issue 9, "faults").
import { isDatabaseUnavailable, markDatabaseUnavailable } from '@/lib/db-errors';

export function register() {}

export function onRequestError(error: unknown) {
  if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
}
