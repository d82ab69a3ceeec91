// The database of a test run: a fresh clone of the migrated template, made by the
// Vitest global setup (lib/testing/vitest-global-setup.ts), as DATABASE_URL.
import { BULK_TIMEOUTS, createPrismaClient, type PrismaClient } from '@/lib/db';

let client: PrismaClient | undefined;

export function testDb(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      'DATABASE_URL is not set: the Vitest global setup (lib/testing/vitest-global-setup.ts) provides it.',
    );
  client ??= createPrismaClient(url, BULK_TIMEOUTS);
  return client;
}
