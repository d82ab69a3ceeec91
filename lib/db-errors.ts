// Telling "the database is not answering" apart from a bug. Such failures are
// expected during an outage: a save keeps the analyst's text and says to try
// again (lib/actions.ts), a page answers 503 with Retry-After
// (instrumentation.ts, scripts/serve.mjs) — issue 9, findings 7 and 8.

/** What the analyst reads when a save met a database outage. */
export const OUTAGE_MESSAGE =
  'Could not save: the database is not answering. Nothing was saved and your text is kept; try again in a few seconds.';

/** Thrown when the session could not be checked because the database did not answer. */
export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('The database is not answering', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

// Prisma: cannot reach, authentication timed out, operation timed out, server
// closed the connection, pool timeout.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// Driver adapter error kinds that mean the server is unreachable.
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
// Postgres: admin shutdown, crash, cannot connect now, too many connections;
// class 08 is connection exceptions.
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const MESSAGES =
  /The database is not answering|Connection terminated|connection timeout|Query read timeout|ECONNREFUSED|ECONNRESET|EPIPE|Can't reach database|timeout exceeded when trying to connect|Timed out fetching a new connection/i;

function isPostgresCode(value: unknown, countBusy: boolean): boolean {
  if (typeof value !== 'string') return false;
  if (BUSY_CODES.has(value)) return countBusy;
  return POSTGRES_CODES.has(value) || /^08/.test(value);
}

/** Statement and lock timeouts: the database answers, but not in time. */
const BUSY_CODES = new Set(['57014', '55P03']);

/**
 * The server cannot be reached or stopped answering (not merely a slow
 * statement): what makes the pool refuse new work for a moment (lib/db.ts).
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  return isDatabaseUnavailable(error, { countBusy: false });
}

export function isDatabaseUnavailable(
  error: unknown,
  { countBusy = true }: { countBusy?: boolean } = {},
): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === 'object'; depth++) {
    const candidate = current as {
      name?: unknown;
      code?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
      cause?: unknown;
    };
    if (candidate instanceof DatabaseUnavailableError) return true;
    if (typeof candidate.code === 'string' && PRISMA_CODES.has(candidate.code)) return true;
    if (isPostgresCode(candidate.code, countBusy)) return true;
    const adapterCause = candidate.meta?.driverAdapterError?.cause;
    if (typeof adapterCause?.kind === 'string' && ADAPTER_KINDS.has(adapterCause.kind)) return true;
    if (isPostgresCode(adapterCause?.originalCode, countBusy)) return true;
    if (typeof candidate.message === 'string' && MESSAGES.test(candidate.message)) return true;
    if (candidate.name === 'DatabaseUnavailableError') return true;
    current = candidate.cause;
  }
  return false;
}

// Set by instrumentation.ts when a request failed for want of the database;
// read by scripts/serve.mjs (same process) to answer 503 instead of 500.
const OUTAGE_MARK = Symbol.for('tracker.databaseUnavailableAt');

export function markDatabaseUnavailable(): void {
  (globalThis as Record<symbol, unknown>)[OUTAGE_MARK] = Date.now();
}
