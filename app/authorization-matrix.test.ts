// The authorization matrix: every mutation the app exposes (server actions and
// route handlers that write), found by reading the code, called as an
// anonymous visitor, an analyst, an admin and a disabled account. The session
// is a real Auth.js cookie, so the real per-request account check runs.
// A new mutation fails this test until it is added to REQUIRED
// (lib/testing/mutations.ts).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDb } from '@/lib/testing/db';
import {
  APP_DIR,
  discoverServerActionFiles,
  discoverWritingRoutes,
  EXEMPT_ROUTES,
  makeUser,
  request,
  REQUIRED,
  sessionCookieFor,
  type Need,
} from '@/lib/testing/mutations';

process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

vi.mock('next/headers', async () => (await import('@/lib/testing/mutations')).mockHeaders());
vi.mock('next/cache', async () => (await import('@/lib/testing/mocks')).noNextCache());

interface Identity {
  label: string;
  cookie: () => string;
  role: Need | 'NONE';
}

const identities: Identity[] = [];
const tables = [
  'Item',
  'PriorityArea',
  'Milestone',
  'Source',
  'SourceVersion',
  'Statement',
  'StatementItem',
  'StatusChange',
  'Annotation',
  'User',
  'Presidency',
];

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const rows = await testDb().$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${table}"`,
    );
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  const versions = await testDb().$queryRawUnsafe<{ v: bigint }[]>(
    `SELECT coalesce(sum(version), 0) + coalesce((SELECT sum(version) FROM "Item"), 0) AS v FROM "User"`,
  );
  counts.versions = Number(versions[0]?.v ?? 0);
  return counts;
}

type Outcome = 'to-login' | 'forbidden' | 'allowed';

function classify(error: unknown): Outcome {
  const digest = (error as { digest?: string } | null)?.digest ?? '';
  if (digest.startsWith('NEXT_REDIRECT') && digest.includes('/login')) return 'to-login';
  if (digest === 'NEXT_HTTP_ERROR_FALLBACK;403') return 'forbidden';
  if ((error as Error | null)?.constructor?.name === 'ForbiddenError') return 'forbidden';
  return 'allowed';
}

async function invoke(action: (...args: unknown[]) => Promise<unknown>): Promise<Outcome> {
  const args =
    action.length >= 2
      ? [{ ok: false }, new FormData()]
      : action.length === 1
        ? [new FormData()]
        : [];
  try {
    await action(...args);
    return 'allowed';
  } catch (error) {
    return classify(error);
  }
}

function expected(need: Need, identity: Identity): Outcome {
  if (need === 'PUBLIC') return 'allowed';
  if (identity.role === 'NONE') return 'to-login';
  if (need === 'ADMIN' && identity.role !== 'ADMIN') return 'forbidden';
  return 'allowed';
}

describe('authorization matrix', () => {
  beforeAll(async () => {
    const admin = await makeUser('ADMIN', 'admin');
    const analyst = await makeUser('ANALYST', 'analyst');
    const disabled = await makeUser('ANALYST', 'disabled');
    await testDb().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const revoked = await makeUser('ADMIN', 'revoked');
    const adminCookie = await sessionCookieFor(admin, 1);
    const analystCookie = await sessionCookieFor(analyst, 1);
    const disabledCookie = await sessionCookieFor(disabled, 1);
    // A session issued before a password change (session version bumped).
    await testDb().user.update({
      where: { id: revoked.id },
      data: { sessionVersion: { increment: 1 } },
    });
    const revokedCookie = await sessionCookieFor(revoked, 1);
    identities.push(
      { label: 'anonymous', cookie: () => '', role: 'NONE' },
      { label: 'analyst', cookie: () => analystCookie, role: 'ANALYST' },
      { label: 'admin', cookie: () => adminCookie, role: 'ADMIN' },
      { label: 'disabled analyst', cookie: () => disabledCookie, role: 'NONE' },
      { label: 'admin with a revoked session', cookie: () => revokedCookie, role: 'NONE' },
    );
  });

  afterAll(async () => {
    await testDb().$disconnect();
  });

  it('knows every server action in the code, and nothing else', async () => {
    const discovered: string[] = [];
    for (const file of discoverServerActionFiles()) {
      const exports = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value === 'function') discovered.push(`${path.relative(APP_DIR, file)}#${name}`);
      }
    }
    expect(discovered.sort()).toEqual(Object.keys(REQUIRED).sort());
  });

  it('knows every route handler that accepts writes', () => {
    expect(discoverWritingRoutes().sort()).toEqual(Object.keys(EXEMPT_ROUTES).sort());
  });

  it('lets each identity do exactly what its role allows, and refusals change nothing', async () => {
    const results: string[] = [];
    const failures: string[] = [];
    for (const [key, need] of Object.entries(REQUIRED)) {
      const [file, name] = key.split('#') as [string, string];
      const exports = (await import(path.join(APP_DIR, file))) as Record<
        string,
        (...args: unknown[]) => Promise<unknown>
      >;
      const action = exports[name]!;
      if (need === 'PUBLIC') continue; // sign-in/out: exercised end to end in e2e/sign-in.spec.ts
      for (const identity of identities) {
        request.cookie = identity.cookie();
        const before = await rowCounts();
        const outcome = await invoke(action);
        const want = expected(need, identity);
        results.push(`${key} × ${identity.label}: ${outcome}`);
        if (outcome !== want)
          failures.push(`${key} as ${identity.label}: got ${outcome}, expected ${want}`);
        if (want !== 'allowed')
          expect(await rowCounts(), `${key} as ${identity.label} changed data`).toEqual(before);
      }
    }
    const checked = Object.values(REQUIRED).filter((need) => need !== 'PUBLIC').length;
    console.log(
      `authorization matrix: ${results.length} checks (${checked} mutations × ${identities.length} identities), ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  });

  // Issue 9, High 1: `status:__proto__=418` posted to the finalise action set
  // Object.prototype.status, and every later request of the process failed.
  it('posted field names that mean something to JavaScript change no object but the request', async () => {
    const hostile = new FormData();
    for (const key of ['__proto__', 'constructor', 'prototype'])
      for (const field of ['', 'status:', 'seen:', 'note:', 'evidence:', 'itemIds:'])
        hostile.append(`${field}${key}`, '418');
    hostile.append('__proto__', 'KEPT');
    const admin = identities.find((identity) => identity.role === 'ADMIN')!;
    request.cookie = admin.cookie();
    const polluted: string[] = [];
    for (const [key, need] of Object.entries(REQUIRED)) {
      if (need === 'PUBLIC') continue;
      const [file, name] = key.split('#') as [string, string];
      const action = (
        (await import(path.join(APP_DIR, file))) as Record<
          string,
          (...args: unknown[]) => Promise<unknown>
        >
      )[name]!;
      await action({ ok: false }, hostile).catch(() => undefined);
      const added = Object.getOwnPropertyNames(Object.prototype).filter(
        (property) => !BUILT_IN_PROTOTYPE.has(property),
      );
      for (const property of added) {
        polluted.push(`${key} set Object.prototype.${property}`);
        delete (Object.prototype as Record<string, unknown>)[property];
      }
    }
    expect(polluted).toEqual([]);
  });
});

describe('hostile input', () => {
  // Issue 9, finding 10: a NUL byte in any text field was a 500 (Postgres
  // refuses U+0000 in text).
  it('a NUL in a text field is a field error next to it, and changes nothing', async () => {
    const { createArea } = await import('@/lib/testing/factories');
    const { updateAreaAction } = await import('./[locale]/(analyst)/workspace/areas/actions');
    const area = await createArea();
    const analyst = await makeUser('ANALYST', 'nul');
    request.cookie = await sessionCookieFor(analyst, 1);
    const form = new FormData();
    form.append('id', area.id);
    form.append('version', String(area.version));
    form.append('title', 'A title with a \u0000 in it');
    form.append('summary', 'A summary long enough to be a valid summary of the area.');
    const result = (await updateAreaAction({ ok: false }, form)) as {
      ok: boolean;
      fieldErrors?: Record<string, string[]>;
    };
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.title).toEqual([
      'Remove the invisible NUL character from this text.',
    ]);
    expect((await testDb().priorityArea.findUniqueOrThrow({ where: { id: area.id } })).title).toBe(
      area.title,
    );
  });

  // Issue 9, finding 11: `version=99999999999` passed the schema and failed in
  // Postgres (integer out of range): a 500 instead of a field error.
  it('out-of-range versions are field errors, and change nothing', async () => {
    const { createArea } = await import('@/lib/testing/factories');
    const { updateAreaAction } = await import('./[locale]/(analyst)/workspace/areas/actions');
    const area = await createArea();
    const analyst = await makeUser('ANALYST', 'numbers');
    request.cookie = await sessionCookieFor(analyst, 1);
    const form = new FormData();
    form.append('id', area.id);
    form.append('version', '99999999999');
    form.append('title', 'A title long enough to be valid');
    form.append('summary', 'A summary long enough to be a valid summary of the area.');
    const result = (await updateAreaAction({ ok: false }, form)) as {
      ok: boolean;
      fieldErrors?: Record<string, string[]>;
    };
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fieldErrors ?? {})).toContain('version');
    expect(
      await testDb().priorityArea.findUniqueOrThrow({
        where: { id: area.id },
        select: { title: true, version: true },
      }),
    ).toEqual({ title: area.title, version: area.version });
  });
});

describe('session lifetime', () => {
  // Issue 9, finding 6: sliding sessions were renewed for ever.
  it('a session signed in more than the absolute lifetime ago opens nothing', async () => {
    const { ABSOLUTE_SESSION_SECONDS } = await import('@/lib/auth.config');
    const { createAnnotationAction } =
      await import('./[locale]/(analyst)/workspace/annotations/actions');
    const analyst = await makeUser('ANALYST', 'lifetime');
    const longAgo = Math.floor(Date.now() / 1000) - ABSOLUTE_SESSION_SECONDS - 60;
    request.cookie = await sessionCookieFor(analyst, 1, longAgo);
    expect(await invoke(createAnnotationAction as (...args: unknown[]) => Promise<unknown>)).toBe(
      'to-login',
    );
    request.cookie = await sessionCookieFor(analyst, 1);
    expect(await invoke(createAnnotationAction as (...args: unknown[]) => Promise<unknown>)).toBe(
      'allowed',
    );
  });
});

const BUILT_IN_PROTOTYPE = new Set(Object.getOwnPropertyNames(Object.prototype));
