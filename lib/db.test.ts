// Issue 9, finding 7: no request waits on the database without bound.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from './db';

const url = process.env.DATABASE_URL!;
const client = createPrismaClient(url);

afterAll(async () => {
  await client.$disconnect();
});

describe('database timeouts', () => {
  it('every connection carries statement, lock and idle-transaction timeouts', async () => {
    const rows = await client.$queryRaw<{ name: string; setting: string }[]>`
      SELECT name, setting FROM pg_settings
      WHERE name IN ('statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout')
      ORDER BY name`;
    expect(rows).toEqual([
      { name: 'idle_in_transaction_session_timeout', setting: '10000' },
      { name: 'lock_timeout', setting: '5000' },
      { name: 'statement_timeout', setting: '10000' },
    ]);
  });

  it('a write that waits for a lock held elsewhere fails after the lock timeout, and changes nothing', async () => {
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM "DataVersion" WHERE id = 1 FOR UPDATE');
      const before = await holder.query<{ value: string }>(
        'SELECT value FROM "DataVersion" WHERE id = 1',
      );
      await expect(
        client.$executeRaw`UPDATE "DataVersion" SET "value" = "value" + 1 WHERE id = 1`,
      ).rejects.toThrow(/lock timeout/i);
      // The holder lets go only after this: without the timeout the update would wait for ever.
      await holder.query('ROLLBACK');
      const after = await holder.query<{ value: string }>(
        'SELECT value FROM "DataVersion" WHERE id = 1',
      );
      expect(after.rows[0]!.value).toBe(before.rows[0]!.value);
    } finally {
      await holder.end();
    }
  });
});
