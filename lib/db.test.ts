// Issue 9, finding 7: no request waits on the database without bound.
import net from 'node:net';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './db-errors';
import { createPrismaClient, GuardedPool } from './db';

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
      { name: 'lock_timeout', setting: '2000' },
      { name: 'statement_timeout', setting: '2500' },
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

/** A TCP relay to the test database that can stall both ways, like a paused server. */
async function stallableRelay(target: URL) {
  const sockets = new Set<net.Socket>();
  let stalled = false;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
      if (stalled) socket.pause();
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const relayed = new URL(target);
  relayed.hostname = '127.0.0.1';
  relayed.port = String((server.address() as net.AddressInfo).port);
  return {
    url: relayed.toString(),
    stall() {
      stalled = true;
      for (const socket of sockets) socket.pause();
    },
    resume() {
      stalled = false;
      for (const socket of sockets) socket.resume();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function timed<T>(work: Promise<T>): Promise<{ ms: number; error?: unknown; value?: T }> {
  const started = Date.now();
  try {
    return { ms: Date.now() - started, value: await work };
  } catch (error) {
    return { ms: Date.now() - started, error };
  }
}

describe('a stalled database', () => {
  it('fails the first query within its timeout, the next ones at once, and recovers with the right answers', async () => {
    const relay = await stallableRelay(new URL(url));
    const stalled = createPrismaClient(relay.url);
    try {
      const echo = (value: number) =>
        stalled.$queryRaw<{ value: number }[]>`SELECT ${value}::int AS value`;
      // Warm connections that will be mid-answer when the database stalls.
      await Promise.all([echo(1), echo(2), echo(3)]);
      relay.stall();

      const first = await timed(echo(4));
      expect(isDatabaseUnavailable(first.error)).toBe(true);
      expect(first.ms).toBeLessThan(4_500);
      // Everyone else is told at once instead of waiting out a timeout each.
      const next = await timed(stalled.item.count());
      expect(isDatabaseUnavailable(next.error)).toBe(true);
      expect(next.ms).toBeLessThan(500);
      // A transaction (a save) is refused as well.
      const save = await timed(
        stalled.$transaction(
          async (tx) => tx.$executeRaw`UPDATE "DataVersion" SET value = value WHERE id = 1`,
        ),
      );
      expect(isDatabaseUnavailable(save.error)).toBe(true);

      relay.resume();
      // Back within a few seconds, without a restart, and every answer is the
      // answer to its own question (no connection left mid-answer is reused).
      let answers: number[] = [];
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline) {
        const attempt = await timed(Promise.all([5, 6, 7, 8, 9, 10].map(echo)));
        if (attempt.value) {
          answers = attempt.value.map((rows) => rows[0]!.value);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(answers).toEqual([5, 6, 7, 8, 9, 10]);
    } finally {
      relay.resume();
      await stalled.$disconnect();
      await relay.close();
    }
  });
});

describe('the guarded pool', () => {
  // Found by the hostile-input suite: every checkout wrapped the same client's
  // query() again, so after some thousands of requests a query overflowed the
  // stack (and the heap grew with every request).
  it('wraps a client once, however often it is checked out', async () => {
    const pool = new GuardedPool({ connectionString: url, max: 1 });
    try {
      const first = await pool.connect();
      const query = first.query;
      first.release();
      for (let n = 0; n < 20_000; n += 1) (await pool.connect()).release();
      const again = await pool.connect();
      expect(again).toBe(first);
      expect(again.query).toBe(query);
      expect((await again.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      again.release();
    } finally {
      await pool.end();
    }
  });
});
