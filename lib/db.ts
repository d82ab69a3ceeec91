// The Prisma client, through the node-postgres driver adapter. One client per
// process (kept on globalThis so dev-mode reloads do not open new pools).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { DatabaseUnavailableError, isDatabaseUnreachable } from '@/lib/db-errors';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

/**
 * No request waits on the database for long (issue 9, findings 7 and 8): with
 * Postgres stalled, every request used to hang for as long as the stall. For
 * the app's requests:
 * - connecting (or waiting for a pooled connection) gives up after 2.5 s;
 * - the client stops waiting for any answer after 3 s;
 * - the server cancels a statement after 2.5 s and a wait for a lock after 2 s;
 * - a transaction left open by a client that went away (a save the browser
 *   abandoned) is rolled back by the server after 10 s, never committed later.
 * - after a failure of that kind, the pool refuses at once for a moment
 *   (GuardedPool), so a page that needs several queries fails in one timeout,
 *   not several, and a connection a timeout left mid-answer is closed, never
 *   reused.
 * So a page answers (503, friendly) within about 5 s whatever the database
 * does, and the app recovers by itself when the database is back. Scripts that load data in bulk (seed, accounts, tests' factories) use
 * BULK_TIMEOUTS.
 */
export const DATABASE_TIMEOUTS = {
  connectionTimeoutMillis: 2_500,
  query_timeout: 3_000,
  statement_timeout: 2_500,
  lock_timeout: 2_000,
  idle_in_transaction_session_timeout: 10_000,
} as const;

export const BULK_TIMEOUTS = {
  connectionTimeoutMillis: 5_000,
  query_timeout: 65_000,
  statement_timeout: 60_000,
  lock_timeout: 10_000,
  idle_in_transaction_session_timeout: 60_000,
} as const;

const BREAKER_OPEN_MS = 1_000;
let refuseUntil = 0;

function noteFailure(error: unknown) {
  if (isDatabaseUnreachable(error)) refuseUntil = Date.now() + BREAKER_OPEN_MS;
}

type PoolCallback = (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void;

/**
 * A pg pool that (1) closes a connection whose query timed out instead of
 * handing it to the next request (Postgres may still answer the old query on
 * it), and (2) refuses new work for a second after the database failed to
 * answer, instead of letting every query wait out its own timeout.
 */
export class GuardedPool extends pg.Pool {
  /**
   * pg-pool hands out the same client objects again and again: wrap each
   * one's query() once (a wrapper per checkout nested without end: after
   * some thousands of requests, "Maximum call stack size exceeded" and a
   * growing heap); `broken` is per checkout.
   */
  private readonly checkouts = new WeakMap<pg.PoolClient, { broken: boolean }>();

  private guard(client: pg.PoolClient): pg.PoolClient {
    let checkout = this.checkouts.get(client);
    if (checkout) {
      checkout.broken = false;
    } else {
      const state = { broken: false };
      checkout = state;
      this.checkouts.set(client, state);
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: unknown }).query = (...args: unknown[]) => {
        const last = args.at(-1);
        if (typeof last === 'function') {
          // pg-pool's own pool.query() passes a callback (and releases with its error).
          args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
            if (error) noteFailure(error);
            return (last as (...callbackArgs: unknown[]) => unknown)(error, ...rest);
          };
        }
        const result = query(...args);
        if (result instanceof Promise) {
          result.catch((error: unknown) => {
            if (isDatabaseUnreachable(error)) state.broken = true;
            noteFailure(error);
          });
        }
        return result;
      };
    }
    // pg-pool gives every checkout a fresh release(): wrap that one.
    const release = client.release.bind(client);
    const state = checkout;
    client.release = (error?: Error | boolean) =>
      release(
        error ?? (state.broken ? new Error('connection left mid-answer by a timeout') : undefined),
      );
    return client;
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: PoolCallback): void;
  override connect(callback?: PoolCallback): Promise<pg.PoolClient> | void {
    if (Date.now() < refuseUntil) {
      const error = new DatabaseUnavailableError();
      if (callback) return void process.nextTick(() => callback(error));
      return Promise.reject(error);
    }
    if (callback) {
      super.connect((error, client, done) => {
        if (error) noteFailure(error);
        callback(error, client && this.guard(client), done);
      });
      return;
    }
    return super.connect().then(
      (client) => this.guard(client),
      (error: unknown) => {
        noteFailure(error);
        throw error;
      },
    );
  }
}

export function createPrismaClient(
  connectionString: string,
  timeouts: typeof DATABASE_TIMEOUTS | typeof BULK_TIMEOUTS = DATABASE_TIMEOUTS,
): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(new GuardedPool({ connectionString, ...timeouts }), {
      disposeExternalPool: true,
    }),
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.prisma;
}

export type { PrismaClient };
