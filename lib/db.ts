// The Prisma client, through the node-postgres driver adapter. One client per
// process (kept on globalThis so dev-mode reloads do not open new pools).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

/**
 * No request waits on the database for long (issue 9, finding 7): with
 * Postgres stalled, every request used to hang for as long as the stall.
 * - connecting gives up after 5 s;
 * - the client stops waiting for any answer after 15 s;
 * - the server cancels a statement after 10 s and a wait for a lock after 5 s;
 * - a transaction left open by a client that went away (a save the browser
 *   abandoned) is rolled back by the server after 10 s, never committed later.
 */
export const DATABASE_TIMEOUTS = {
  connectionTimeoutMillis: 5_000,
  query_timeout: 15_000,
  statement_timeout: 10_000,
  lock_timeout: 5_000,
  idle_in_transaction_session_timeout: 10_000,
} as const;

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, ...DATABASE_TIMEOUTS }),
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.prisma;
}

export type { PrismaClient };
