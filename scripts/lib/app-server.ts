// A production build of the app served by scripts/serve.mjs on a database of
// its own, and the measures taken of it: what `npm run bench` and
// `npm run soak` share.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/support/chromium';
import { generateDataset } from './dataset';
import { log, ROOT } from './runtime';
import { runTool } from './tools';

/** Drops and creates database `name` on the server of `url`; returns its URL. */
export async function recreateDatabase(url: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/**
 * Migrations and the seed into `env.DATABASE_URL`, plus a generated tracker of
 * `generatedItems` items (scripts/lib/dataset.ts) when above 0.
 */
export async function migrateAndSeed(env: NodeJS.ProcessEnv, generatedItems = 0): Promise<void> {
  await runTool('prisma', ['migrate', 'deploy'], env);
  await runTool('prisma', ['db', 'seed'], env);
  if (generatedItems <= 0) return;
  log(`Generating ${generatedItems} items (scripts/lib/dataset.ts)`);
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    log(JSON.stringify(await generateDataset(client, generatedItems)));
  } finally {
    await client.end();
  }
}

/**
 * `next build` into `env.NEXT_DIST_DIR`. Next rewrites tsconfig.json (adds the
 * folder's types to "include") and next-env.d.ts (points them at the folder)
 * for a dist dir it has not seen: both are put back as they were, so a build
 * in a folder of its own leaves the checkout unchanged.
 */
export async function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  const kept = ['tsconfig.json', 'next-env.d.ts'].map((name) => {
    const file = path.join(ROOT, name);
    return { file, content: existsSync(file) ? readFileSync(file) : null };
  });
  try {
    await runTool('next', ['build'], env);
  } finally {
    for (const { file, content } of kept) {
      const now = existsSync(file) ? readFileSync(file) : null;
      if (content === null) {
        if (now !== null) rmSync(file);
      } else if (now === null || !now.equals(content)) {
        writeFileSync(file, content);
      }
    }
  }
}

export async function waitForServer(base: string, child?: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child && child.exitCode !== null) throw new Error(`The server exited (${child.exitCode})`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The server did not start');
}

export interface AppServer {
  /** http://localhost:<port> */
  base: string;
  pid: number;
  child: ChildProcess;
  /** SIGTERM, then SIGKILL after 10 s; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * `node scripts/serve.mjs <port>` on the build of `env.NEXT_DIST_DIR`, once
 * healthy. `onStderr` receives the server's error output line by line
 * (otherwise it is dropped, like its standard output).
 */
export async function startAppServer(
  env: NodeJS.ProcessEnv,
  port: number,
  onStderr?: (line: string) => void,
): Promise<AppServer> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', String(port)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', onStderr ? 'pipe' : 'ignore'],
  });
  if (onStderr && child.stderr) {
    let pending = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onStderr(line);
    });
  }
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const base = `http://localhost:${port}`;
  try {
    await waitForServer(base, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, pid: child.pid!, child, stop };
}

/** Resident memory of `pid` and all its descendants, MiB (Linux /proc). */
export function residentMiB(pid: number): number {
  const status = (id: number) => {
    try {
      return readFileSync(`/proc/${id}/status`, 'utf8');
    } catch {
      return '';
    }
  };
  const children = (id: number): number[] => {
    try {
      return readFileSync(`/proc/${id}/task/${id}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  const tree = [pid];
  for (let index = 0; index < tree.length; index += 1) tree.push(...children(tree[index]!));
  const kib = tree.reduce(
    (sum, id) => sum + Number(/VmRSS:\s+(\d+)/.exec(status(id))?.[1] ?? 0),
    0,
  );
  return Math.round(kib / 1024);
}

/**
 * Chromium as the end-to-end tests launch it (e2e/support/chromium.ts).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
