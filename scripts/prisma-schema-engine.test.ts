// Integration test of scripts/prisma-schema-engine.mjs: the real Prisma CLI,
// through the shim, against a real Postgres. Every migration command the
// project relies on runs once, in the order a developer would use them.
// Needs a Postgres server: TEST_DATABASE_SERVER_URL (any database on it; the
// user must be allowed to create databases). Its URL names the password, if
// the server wants one (the password test below looks for it); on a server
// that trusts its clients, a made-up password is used.
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prismaCliEnv, splitDatabasePassword } from './lib/database-password';

const serverUrl =
  process.env.TEST_DATABASE_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const shim = fileURLToPath(new URL('./prisma-schema-engine.mjs', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
// Databases this file creates are named after it (and dropped at the end).
const DB_PREFIX = process.env.TEST_DB_PREFIX ?? 'shim_test';
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');

const SCHEMA_V1 = `
datasource db {
  provider = "postgresql"
}

enum Role {
  ADMIN
  ANALYST
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  role  Role   @default(ANALYST)
}
`;

const SCHEMA_V2 =
  SCHEMA_V1.replace(
    '  role  Role   @default(ANALYST)\n',
    '  role  Role   @default(ANALYST)\n  posts Post[]\n',
  ) +
  `
model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`;

// Hand-written SQL as the project adds to its migrations: semicolons inside a
// function body and a string must not split the script; a trigger, a CHECK
// constraint and an expression index must not trouble the engine when it
// describes the database (a CHECK once made it panic: "char" column contype).
const CUSTOM_SQL = `
CREATE FUNCTION post_title_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.title = '' THEN RAISE EXCEPTION 'empty title; rejected'; END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER post_title_guard BEFORE INSERT ON "Post" FOR EACH ROW EXECUTE FUNCTION post_title_guard();
ALTER TABLE "Post" ADD CONSTRAINT "Post_title_short" CHECK (length("title") <= 200);
CREATE FUNCTION post_search_vector(body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_tsvector('simple'::regconfig, body) $$;
CREATE INDEX "Post_search_idx" ON "Post" USING GIN (post_search_vector("title" || ' ' || "title"));
`;

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function tables(database: string): Promise<string[]> {
  return withClient(databaseUrl(database), async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    return rows.map((row) => row.name);
  });
}

async function shadowDatabases(): Promise<string[]> {
  return withClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`,
    );
    return rows.map((row) => row.datname);
  });
}

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let workDir: string;
const databases = {
  dev: `${DB_PREFIX}_dev_${randomUUID().slice(0, 8)}`,
  deploy: `${DB_PREFIX}_deploy_${randomUUID().slice(0, 8)}`,
};

function prisma(database: string, ...args: string[]): Promise<CliResult> {
  return prismaWithEnv({}, database, ...args);
}

function prismaWithEnv(
  extraEnv: Record<string, string>,
  database: string,
  ...args: string[]
): Promise<CliResult> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl(database),
    PRISMA_SCHEMA_ENGINE_BINARY: shim,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    ...extraEnv,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [prismaCli, ...args, '--config', 'prisma.config.mjs'],
      { cwd: workDir, env },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

async function expectSuccess(result: Promise<CliResult>): Promise<string> {
  const { code, stdout, stderr } = await result;
  expect(code, `${stdout}\n${stderr}`).toBe(0);
  return stdout;
}

async function migrationNames(): Promise<string[]> {
  return (await readdir(path.join(workDir, 'migrations'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe('prisma-schema-engine shim', { timeout: 30_000 }, () => {
  let shadowsBefore: string[];

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'prisma-shim-'));
    // A plain object: prisma/config cannot be resolved from a temp directory.
    await writeFile(
      path.join(workDir, 'prisma.config.mjs'),
      `export default { schema: 'schema.prisma', migrations: { path: 'migrations' }, datasource: { url: process.env.DATABASE_URL } };\n`,
    );
    await writeFile(path.join(workDir, 'schema.prisma'), SCHEMA_V1);
    shadowsBefore = await shadowDatabases();
  });

  afterAll(async () => {
    await withClient(serverUrl, async (client) => {
      for (const name of Object.values(databases))
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('reports the engine version the CLI expects', async () => {
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) =>
      execFile(process.execPath, [shim, '--version'], (error, out) =>
        error ? reject(error) : resolve({ stdout: out }),
      ),
    );
    const expected = JSON.parse(
      await readFile(
        createRequire(import.meta.url).resolve('@prisma/engines-version/package.json'),
        'utf8',
      ),
    );
    expect(stdout.trim()).toBe(`schema-engine-cli ${expected.prisma.enginesVersion}`);
  });

  it('migrate dev creates the database, the first migration and the tables', async () => {
    await expectSuccess(prisma(databases.dev, 'migrate', 'dev', '--name', 'init'));
    expect(await migrationNames()).toEqual([expect.stringMatching(/_init$/)]);
    expect(await tables(databases.dev)).toEqual(['User', '_prisma_migrations']);
  });

  it('migrate dev --create-only writes a migration without applying it', async () => {
    await writeFile(path.join(workDir, 'schema.prisma'), SCHEMA_V2);
    await expectSuccess(
      prisma(databases.dev, 'migrate', 'dev', '--name', 'add_post', '--create-only'),
    );
    const names = await migrationNames();
    expect(names).toEqual([expect.stringMatching(/_init$/), expect.stringMatching(/_add_post$/)]);
    const script = path.join(workDir, 'migrations', names.at(-1) ?? '', 'migration.sql');
    expect(await readFile(script, 'utf8')).toContain('CREATE TABLE "Post"');
    expect(await tables(databases.dev)).not.toContain('Post');
    await appendFile(script, CUSTOM_SQL);
  });

  it('migrate dev then applies the edited migration, replaying history in a shadow database', async () => {
    await expectSuccess(prisma(databases.dev, 'migrate', 'dev'));
    expect(await tables(databases.dev)).toEqual(['Post', 'User', '_prisma_migrations']);
    await withClient(databaseUrl(databases.dev), async (client) => {
      await client.query(`INSERT INTO "User" (email) VALUES ('a@example.org')`);
      await expect(
        client.query(`INSERT INTO "Post" (title, "authorId") VALUES ('', 1)`),
      ).rejects.toThrow('empty title; rejected');
      await expect(
        client.query(`INSERT INTO "Post" (title, "authorId") VALUES (repeat('x', 201), 1)`),
      ).rejects.toThrow('Post_title_short');
    });
    // A second run finds nothing to do: the shadow replay matches the database.
    expect(await expectSuccess(prisma(databases.dev, 'migrate', 'dev'))).toContain(
      'Already in sync',
    );
    // Every shadow database the shim created has been dropped again.
    expect((await shadowDatabases()).filter((name) => !shadowsBefore.includes(name))).toEqual([]);
  });

  it('migrate deploy applies all migrations to a new database', async () => {
    expect(await expectSuccess(prisma(databases.deploy, 'migrate', 'deploy'))).toContain(
      'successfully applied',
    );
    expect(await tables(databases.deploy)).toEqual(['Post', 'User', '_prisma_migrations']);
  });

  it('migrate diff compares migrations, schema and database', async () => {
    const script = await expectSuccess(
      prisma(
        databases.dev,
        'migrate',
        'diff',
        '--from-empty',
        '--to-schema',
        'schema.prisma',
        '--script',
      ),
    );
    expect(script).toContain('CREATE TABLE "Post"');
    for (const from of [['--from-migrations', 'migrations'], ['--from-config-datasource']]) {
      const output = await expectSuccess(
        prisma(
          databases.dev,
          'migrate',
          'diff',
          ...from,
          '--to-schema',
          'schema.prisma',
          '--exit-code',
        ),
      );
      expect(output).toContain('No difference detected');
    }
  });

  it('reports an engine panic as a failure with its message', async () => {
    // The CLI's own switch: it sends the engine's debugPanic request instead.
    const { code, stdout, stderr } = await prismaWithEnv(
      { FORCE_PANIC_SCHEMA_ENGINE: '1' },
      databases.dev,
      'migrate',
      'diff',
      '--from-config-datasource',
      '--to-schema',
      'schema.prisma',
    );
    expect(code).not.toBe(0);
    expect(`${stdout}\n${stderr}`).toContain('debugPanic artificial panic');
  });

  it('migrate reset --force empties the database and reapplies the migrations', async () => {
    await expectSuccess(prisma(databases.dev, 'migrate', 'reset', '--force'));
    expect(await tables(databases.dev)).toEqual(['Post', 'User', '_prisma_migrations']);
    const users = await withClient(databaseUrl(databases.dev), (client) =>
      client.query('SELECT 1 FROM "User"'),
    );
    expect(users.rowCount).toBe(0);
  });
});

// Issue 9, finding 17: the CLI hands the engine the datasource on its command
// line, which every local user can read (ps, /proc/<pid>/cmdline).
describe('the database password stays off every command line', { timeout: 60_000 }, () => {
  const procfs = existsSync('/proc/self/cmdline');

  // The server's own password when its URL has one (a server that wants a
  // password gets it), else a made-up one (a trusting server takes any).
  const { url: bareServerUrl, password: serverPassword } = splitDatabasePassword(serverUrl);
  const password = serverPassword ?? `S3cretMarker${randomUUID().replaceAll('-', '')}`;
  function urlWithPassword(database: string): string {
    const url = new URL(bareServerUrl);
    url.password = encodeURIComponent(password);
    url.pathname = `/${database}`;
    return url.toString();
  }
  // What a leak looks like: the password, raw or as the URL spells it. A short
  // one could be any word (`postgres`): then only as a URL's password.
  const needles = [...new Set([password, encodeURIComponent(password)])].map((text) =>
    password.length >= 12 ? text : `:${text}@`,
  );

  interface Seen {
    /** Command lines that showed the password (with it blanked out). */
    leaks: Set<string>;
    /** For each schema engine process seen: the PGPASSWORD in its environment. */
    engines: Map<number, string | undefined>;
  }

  function readProc(pid: string, file: string): string | undefined {
    try {
      return readFileSync(`/proc/${pid}/${file}`, 'utf8');
    } catch {
      return undefined; // gone already, or not ours to read
    }
  }

  /** Watches every process' command line until `done` settles. */
  async function watchProcesses(done: Promise<unknown>): Promise<Seen> {
    const seen: Seen = { leaks: new Set(), engines: new Map() };
    let finished = false;
    void done.finally(() => (finished = true));
    while (!finished) {
      for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
        const cmdline = readProc(pid, 'cmdline')?.replaceAll('\0', ' ');
        if (!cmdline) continue;
        if (needles.some((needle) => cmdline.includes(needle))) {
          const shown = needles.reduce(
            (text, needle) => text.replaceAll(needle, '<password>'),
            cmdline,
          );
          seen.leaks.add(`pid ${pid}: ${shown.slice(0, 200)}`);
        }
        if (cmdline.includes('prisma-schema-engine.mjs') && !seen.engines.has(Number(pid))) {
          // Unreadable when the process ended between the two reads (a clean
          // clone's run saw it once): that sighting tells nothing, look again.
          const environ = readProc(pid, 'environ');
          if (!environ) continue;
          const entry = environ.split('\0').find((line) => line.startsWith('PGPASSWORD='));
          seen.engines.set(Number(pid), entry?.slice('PGPASSWORD='.length));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return seen;
  }

  const database = `${DB_PREFIX}_secret_${randomUUID().slice(0, 8)}`;

  afterAll(async () => {
    await withClient(serverUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await client.query(`DROP DATABASE IF EXISTS "${database}_bare" WITH (FORCE)`);
    });
  });

  it('splits the password off a connection string', () => {
    expect(
      splitDatabasePassword('postgresql://u:p%40ss%2Fw%3Ard@db.example:5433/app?schema=x'),
    ).toEqual({ url: 'postgresql://u@db.example:5433/app?schema=x', password: 'p@ss/w:rd' });
    expect(splitDatabasePassword('postgres://u@h/app?password=q&sslmode=require')).toEqual({
      url: 'postgres://u@h/app?sslmode=require',
      password: 'q',
    });
    expect(splitDatabasePassword('postgresql://u@h/app')).toEqual({ url: 'postgresql://u@h/app' });
    expect(splitDatabasePassword('not a url')).toEqual({ url: 'not a url' });
  });

  it('runs the Prisma CLI with the password in PGPASSWORD, not in DATABASE_URL', () => {
    const env = { DATABASE_URL: 'postgresql://u:secret@h/app', PGPASSWORD: 'other', PATH: '/bin' };
    expect(prismaCliEnv(env, root)).toEqual({
      DATABASE_URL: 'postgresql://u@h/app',
      PGPASSWORD: 'secret',
      PATH: '/bin',
    });
    // The same with the bridge named explicitly, relative to the directory.
    expect(
      prismaCliEnv(
        { ...env, PRISMA_SCHEMA_ENGINE_BINARY: 'scripts/prisma-schema-engine.mjs' },
        root,
      ).DATABASE_URL,
    ).toBe('postgresql://u@h/app');
    // A native engine does not read PGPASSWORD: left alone.
    const native = { ...env, PRISMA_SCHEMA_ENGINE_BINARY: '/opt/prisma/schema-engine' };
    expect(prismaCliEnv(native, root)).toBe(native);
    expect(prismaCliEnv({ PATH: '/bin' }, root)).toEqual({ PATH: '/bin' });
  });

  it.runIf(procfs)(
    '`npm run db:deploy` (with-db.ts, prisma migrate deploy) shows it in no process',
    async () => {
      await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${database}"`));
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATABASE_URL: urlWithPassword(database),
        CHECKPOINT_DISABLE: '1',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      };
      delete env.PGPASSWORD;
      delete env.PRISMA_SCHEMA_ENGINE_BINARY;
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/with-db.ts', 'prisma', 'migrate', 'deploy'],
        { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      const seen = await watchProcesses(exited);

      expect(await exited, output).toBe(0);
      expect([...seen.leaks]).toEqual([]);
      // The watch did see the engine, and the password reached it by its environment.
      expect(seen.engines.size).toBeGreaterThan(0);
      for (const pgPassword of seen.engines.values()) expect(pgPassword).toBe(password);
      const migrations = (await readdir(path.join(root, 'prisma', 'migrations'))).filter((entry) =>
        existsSync(path.join(root, 'prisma', 'migrations', entry, 'migration.sql')),
      );
      const applied = await withClient(urlWithPassword(database), (client) =>
        client.query('SELECT 1 FROM _prisma_migrations WHERE finished_at IS NOT NULL'),
      );
      expect(applied.rowCount).toBe(migrations.length);
    },
  );

  it.runIf(procfs)(
    'a bare `npx prisma migrate deploy` shows it in no process either (prisma.config.ts)',
    async () => {
      const bare = `${database}_bare`;
      await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${bare}"`));
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATABASE_URL: urlWithPassword(bare),
        CHECKPOINT_DISABLE: '1',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      };
      delete env.PGPASSWORD;
      delete env.PRISMA_SCHEMA_ENGINE_BINARY;
      const child = spawn(
        process.execPath,
        ['node_modules/prisma/build/index.js', 'migrate', 'deploy'],
        { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      const seen = await watchProcesses(exited);
      expect(await exited, output).toBe(0);
      expect([...seen.leaks]).toEqual([]);
      expect(seen.engines.size).toBeGreaterThan(0);
      for (const pgPassword of seen.engines.values()) expect(pgPassword).toBe(password);
    },
  );

  it.runIf(procfs)(
    'a bare `prisma` run given it on the command line hides it once the engine runs',
    async () => {
      const datasource = JSON.stringify({ url: urlWithPassword('postgres') });
      const engine = spawn(process.execPath, [shim, '--datasource', datasource], {
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      try {
        // Any answer means the engine is up; an unknown method gets an error.
        const answered = new Promise<string>((resolve) =>
          engine.stdout.once('data', (chunk) => resolve(String(chunk))),
        );
        engine.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'nope' })}\n`);
        expect(await answered).toContain('No method nope');
        const cmdline = readFileSync(`/proc/${engine.pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        expect(cmdline).toContain('--datasource');
        for (const needle of needles) expect(cmdline).not.toContain(needle);
      } finally {
        engine.stdin.end();
        engine.kill();
      }
    },
  );
});
