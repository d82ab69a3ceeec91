// Backup and restore (issue 9, "prove it" 4): the seeded tracker, plus a row
// in every table the seed leaves empty, survives export → import into a fresh
// migrated database → export byte for byte; an import refused or failed
// midway leaves its target as it was. Each database here is a fresh one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount, NoSuchAccountError, setAccountPassword } from '@/lib/accounts';
import { recordRevision } from '@/lib/audit';
import { createPrismaClient } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { verifyPassword } from '@/lib/passwords';
import {
  createFreshDatabase,
  dropFreshDatabases,
  withPgClient,
} from '@/lib/testing/fresh-database';
import { seedTracker } from '@/seeds/load';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  SCHEMA_TABLES,
  BACKUP_VERSION,
  exportDatabase,
  importDatabase,
  NO_PASSWORD_HASH,
} from './backup';

const PASSWORD = 'a long enough password';
const ADMIN_EMAIL = 'backup-admin@example.org';
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

let source: string;

const exportOf = (url: string, withPasswordHashes = false) =>
  withPgClient(url, (client) => exportDatabase(client, { withPasswordHashes }));
const importInto = (url: string, text: string) =>
  withPgClient(url, (client) => importDatabase(client, text));

/** Row counts of every table, and the data version. */
const census = (url: string) =>
  withPgClient(url, async (client) => {
    const counts: Record<string, number> = {};
    for (const table of BACKUP_TABLES) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${table}"`,
      );
      counts[table] = rows[0]!.n;
    }
    const version = await client.query<{ value: string }>(
      'SELECT "value"::text AS value FROM "DataVersion"',
    );
    return { counts, dataVersion: version.rows.map((row) => row.value) };
  });

/** What the seed does not write: accounts, audit, notes, corrections, a second text, sign-ins. */
async function addTheRest(url: string) {
  const prisma = createPrismaClient(url);
  try {
    const admin = await insertAccount(
      prisma,
      { email: ADMIN_EMAIL, name: 'Админ «Резерв»', role: 'ADMIN', password: PASSWORD },
      null,
    );
    await prisma.user.create({
      data: {
        id: 'user-disabled',
        email: 'gone@example.org',
        name: 'Gone',
        passwordHash: 'not-a-hash',
        disabledAt: new Date('2026-01-02T03:04:05.678Z'),
        sessionVersion: 3,
      },
    });
    await prisma.presidency.updateMany({
      data: { finalizedAt: new Date('2024-01-15T10:20:30.045Z') },
    });
    // A milestone met on evidence (the milestone follows its statement in the file).
    const milestone = await prisma.milestone.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const evidence = await prisma.statement.findFirstOrThrow({
      where: { kind: { in: ['PROGRESS_CLAIM', 'ASSESSMENT'] } },
      orderBy: { id: 'asc' },
    });
    await prisma.milestone.update({
      where: { id: milestone.id },
      data: {
        metOn: day('2023-11-30'),
        outcomePrecision: 'MONTH',
        evidenceId: evidence.id,
        version: { increment: 1 },
      },
    });

    // A correction whose id sorts before the row it corrects: the file's
    // order (by id) is not an order the database accepts.
    const item = await prisma.item.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const statement = await prisma.statement.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await prisma.statusChange.create({
      data: {
        id: 'zz-original',
        itemId: item.id,
        status: 'STALLED',
        effectiveOn: day('2023-12-20'),
        note: 'Stalled, as reported.',
        authorId: admin.id,
        evidence: { create: [{ statementId: statement.id }] },
      },
    });
    await prisma.statusChange.create({
      data: {
        id: 'aa-correction',
        itemId: item.id,
        status: 'KEPT',
        effectiveOn: day('2023-12-21'),
        note: 'Correction: it was kept.',
        correctsId: 'zz-original',
        authorId: admin.id,
        evidence: { create: [{ statementId: statement.id }] },
      },
    });

    await prisma.source.create({
      data: {
        id: 'src-revised',
        title: 'A revised "source" \\ with ✓ and\nnewline',
        outlet: 'Outlet',
        outletType: 'INDEPENDENT',
        publishedOn: day('2023-06-01'),
        languages: [],
        latestVersion: 2,
        importedById: admin.id,
        versions: {
          create: [
            { id: 'src-revised-v1', number: 1, text: 'First text.', sha256: 'a'.repeat(64) },
            {
              id: 'src-revised-v2',
              number: 2,
              text: 'Second text, corrected.',
              sha256: 'b'.repeat(64),
              note: 'typo',
              createdById: admin.id,
            },
          ],
        },
      },
    });
    await prisma.$executeRaw`INSERT INTO "Source" (id, title, outlet, "outletType", "publishedOn", languages, "updatedAt")
      VALUES ('src-no-languages', 'No languages', 'Outlet', 'OTHER', '2023-05-05', NULL, now())`;
    await prisma.annotation.create({
      data: {
        body: 'Check the Russian wording — «дословно».',
        itemId: item.id,
        authorId: admin.id,
      },
    });
    // An analyst's draft of the final verdicts (issue 11).
    await prisma.finalisationDraft.create({
      data: {
        presidencyId: (await prisma.presidency.findFirstOrThrow({ select: { id: true } })).id,
        authorId: admin.id,
        choices: { 'status:x': 'KEPT', 'note:x': 'Held «как обещано».' },
      },
    });
    // An analyst's "not relevant" on a suggested sentence (issue 11).
    await prisma.suggestionDismissal.create({
      data: {
        sourceVersionId: 'src-revised-v2',
        itemId: item.id,
        start: 0,
        end: 6,
        dismissedById: admin.id,
      },
    });
    await recordRevision(prisma, {
      entityType: 'Item',
      entityId: item.id,
      action: 'update',
      actorId: admin.id,
      before: { title: 'Old', score: 1.5, big: 12345678901234567890n, list: [1, 'два', null] },
      after: { title: 'New', nested: { deep: [true, false] } },
    });
    await prisma.signInAttempt.createMany({
      data: [
        { email: ADMIN_EMAIL, ip: '203.0.113.7', succeeded: false },
        { email: ADMIN_EMAIL, ip: '203.0.113.7', succeeded: true },
        { email: 'unknown@example.org', ip: '2001:db8::1', succeeded: false },
      ],
    });
  } finally {
    await prisma.$disconnect();
  }
}

beforeAll(async () => {
  source = await createFreshDatabase('backup_src');
  const prisma = createPrismaClient(source);
  try {
    await seedTracker(prisma);
  } finally {
    await prisma.$disconnect();
  }
  await addTheRest(source);
}, 120_000);

afterAll(async () => {
  await dropFreshDatabases();
});

describe('backup format', () => {
  it('covers every model of the schema (but those the migrations fill)', () => {
    expect([...BACKUP_TABLES, ...SCHEMA_TABLES].sort()).toEqual(
      Object.values(Prisma.ModelName).sort(),
    );
  });

  it('is one versioned JSON file, every table with rows here, no password hashes by default', async () => {
    const text = await exportOf(source);
    const file = JSON.parse(text) as {
      format: string;
      version: number;
      passwordHashes: boolean;
      tables: Record<string, Record<string, unknown>[]>;
    };
    expect(file).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      passwordHashes: false,
    });
    expect(Object.keys(file.tables)).toEqual([...BACKUP_TABLES]);
    for (const table of BACKUP_TABLES) expect(file.tables[table]!.length, table).toBeGreaterThan(0);
    expect(text).not.toContain('"passwordHash"');
    expect(text).not.toContain('$argon2');
    // Derived search vectors are not data: Postgres computes them again.
    expect(text).not.toContain('searchVector');
    // The same data, the same bytes.
    expect(await exportOf(source)).toBe(text);
  });
});

describe('export → import → export', () => {
  it('gives the same bytes; accounts come without a usable password; sequences go on', async () => {
    const first = await exportOf(source);
    const target = await createFreshDatabase('backup_dst');
    const result = await importInto(target, first);
    expect(result.passwordHashes).toBe(false);
    expect(result.rows.StatusChange).toBeGreaterThan(2);

    expect(await exportOf(target)).toBe(first);
    expect(await census(target)).toEqual(await census(source));

    await withPgClient(target, async (client) => {
      const admin = await client.query<{ passwordHash: string }>(
        'SELECT "passwordHash" FROM "User" WHERE email = $1',
        [ADMIN_EMAIL],
      );
      expect(admin.rows[0]!.passwordHash).toBe(NO_PASSWORD_HASH);
      expect(await verifyPassword(admin.rows[0]!.passwordHash, PASSWORD)).toBe(false);
      // The audit log's sequence continues after the imported ids.
      const next = await client.query<{ id: string; max: string }>(
        `INSERT INTO "Revision" ("entityType", "entityId", action) VALUES ('Test', 'x', 'check')
         RETURNING id::text, (SELECT max(id)::text FROM "Revision") AS max`,
      );
      const imported = await client.query<{ max: string }>(
        `SELECT max(id)::text AS max FROM "Revision" WHERE "entityType" <> 'Test'`,
      );
      expect(BigInt(next.rows[0]!.id)).toBe(BigInt(imported.rows[0]!.max) + 1n);
      // The trigger-kept current status came out as in the source: the correction stands.
      const item = await client.query<{ currentStatus: string; statusSince: string }>(
        `SELECT "currentStatus", "statusSince"::text AS "statusSince" FROM "Item"
         WHERE id = (SELECT "itemId" FROM "StatusChange" WHERE id = 'aa-correction')`,
      );
      expect(item.rows[0]).toEqual({ currentStatus: 'KEPT', statusSince: '2023-12-21' });
    });
  });

  it('restored without hashes, an account gets a password from the command line', async () => {
    const target = await createFreshDatabase('backup_dst_reset');
    await importInto(target, await exportOf(source));
    const prisma = createPrismaClient(target);
    try {
      await expect(setAccountPassword(prisma, 'nobody@example.org', PASSWORD)).rejects.toThrow(
        NoSuchAccountError,
      );
      await setAccountPassword(prisma, ADMIN_EMAIL, 'a new password after restore');
      const admin = await prisma.user.findUniqueOrThrow({ where: { email: ADMIN_EMAIL } });
      expect(await verifyPassword(admin.passwordHash, 'a new password after restore')).toBe(true);
      const audit = await prisma.revision.findMany({
        where: { entityId: admin.id, action: 'set-password' },
      });
      expect(audit).toHaveLength(1);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('with --with-password-hashes: the same bytes, and the passwords still work', async () => {
    const first = await exportOf(source, true);
    expect(first).toContain('"passwordHashes": true');
    expect(first).toContain('$argon2');
    const target = await createFreshDatabase('backup_dst_hashes');
    await importInto(target, first);
    expect(await exportOf(target, true)).toBe(first);
    const hash = await withPgClient(target, (client) =>
      client.query<{ passwordHash: string }>('SELECT "passwordHash" FROM "User" WHERE email = $1', [
        ADMIN_EMAIL,
      ]),
    );
    expect(await verifyPassword(hash.rows[0]!.passwordHash, PASSWORD)).toBe(true);
  });
});

describe('import refuses', () => {
  it('a database that is not empty, and changes nothing', async () => {
    const before = await exportOf(source, true);
    const error = await importInto(source, before).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^The database is not empty \(rows in Presidency, /);
    expect((error as Error).message).not.toContain('\n');
    expect(await exportOf(source, true)).toBe(before);
  });

  it('a file of another format or version, or not JSON, with one line', async () => {
    const target = await createFreshDatabase('backup_refuse');
    const file = JSON.parse(await exportOf(source)) as Record<string, unknown>;
    const attempts: [string, RegExp][] = [
      [JSON.stringify({ ...file, version: 2 }), /^Backup format version 2 is not supported/],
      [
        JSON.stringify({ ...file, format: 'other' }),
        /^Not a backup of this tracker: format "other"/,
      ],
      [JSON.stringify({ ...file, version: undefined }), /^Backup format version missing/],
      ['{"format": "csto-presidency', /^Not a backup file: it is not JSON\.$/],
    ];
    const empty = await census(target);
    for (const [text, message] of attempts) {
      const error = (await importInto(target, text).catch((caught: Error) => caught)) as Error;
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain('\n');
    }
    expect(await census(target)).toEqual(empty);
  });

  it('rows of another schema', async () => {
    const target = await createFreshDatabase('backup_schema');
    const file = JSON.parse(await exportOf(source)) as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    file.tables.Item![0]!.priority = 1;
    await expect(importInto(target, JSON.stringify(file))).rejects.toThrow(
      /^The backup's Item rows do not match this database's columns \(unknown priority\)/,
    );
  });
});

describe('a file that fails midway', () => {
  it('leaves the target empty', async () => {
    const target = await createFreshDatabase('backup_midway');
    const empty = await census(target);
    expect(Object.values(empty.counts).reduce((sum, n) => sum + n, 0)).toBe(1); // DataVersion
    const file = JSON.parse(await exportOf(source)) as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    // The last table with rows: every table before it is written when this fails.
    file.tables.SignInAttempt!.at(-1)!.at = 'not a time';
    const error = (await importInto(target, JSON.stringify(file)).catch(
      (caught: Error) => caught,
    )) as Error;
    expect(error.message).toMatch(
      /^Import failed \(table SignInAttempt\): invalid input syntax for type timestamp: "not a time"\. Nothing was written\.$/,
    );
    expect(await census(target)).toEqual(empty);
  });
});
