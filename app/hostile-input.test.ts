// Hostile input (issue 9): every mutation the authorization matrix knows
// (lib/testing/mutations.ts, found by reading the code), fed generated
// submissions by an admin, who may call them all: wrong types, huge and
// out-of-range values, control characters and NUL, unpaired surrogates and
// invalid UTF-8 in files, prototype keys as field names and group keys, HTML
// and SQL fragments, ids of other records, repeated and missing fields.
//
// Expected of every submission: no exception but Next's own redirect, 403 and
// 404 (anything else is a 500); a refusal says why (a message or a field
// error); a refusal writes nothing (a trigger counts every row written to
// every table, and each mutation's run ends with every table's checksum
// unchanged when all its submissions were refused); Object.prototype is never
// touched. Valid submissions may write: some are, by chance.
//
// HOSTILE_RUNS (default 1,000) submissions per mutation; HOSTILE_SEED to
// replay a failure (fast-check prints the seed and the shrunk submission).
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDb } from '@/lib/testing/db';
import {
  createArea,
  createItem,
  createMilestone,
  createSource,
  createStatement,
} from '@/lib/testing/factories';
import {
  loadMutation,
  makeUser,
  request,
  REQUIRED,
  sessionCookieFor,
  type MutationAction,
  FIELDS,
  fieldsKey,
} from '@/lib/testing/mutations';
import {
  describeSubmission,
  formOf,
  submission,
  type Submission,
} from '@/lib/testing/hostile-values';

process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

vi.mock('next/headers', async () => (await import('@/lib/testing/mutations')).mockHeaders());
vi.mock('next/cache', async () => (await import('@/lib/testing/mocks')).noNextCache());

const RUNS = Number(process.env.HOSTILE_RUNS ?? 1000);
/** Submissions sent at once. */
const BATCH = 8;
const SEED = process.env.HOSTILE_SEED ? Number(process.env.HOSTILE_SEED) : undefined;

/**
 * What a wrong password writes by design, at sign-in and in the password
 * change (the attempt, for the throttle and the audit).
 */
const WRITES_OF_A_WRONG_PASSWORD = new Set(['SignInAttempt', 'Revision']);

const TABLES_SQL = `SELECT tablename FROM pg_tables WHERE schemaname = 'public'
  AND tablename NOT IN ('_prisma_migrations', 'HostileInputWrites') ORDER BY tablename`;

async function installWriteCounter(): Promise<string[]> {
  const db = testDb();
  await db.$executeRawUnsafe(
    `CREATE TABLE IF NOT EXISTS "HostileInputWrites" (tbl text PRIMARY KEY, n bigint NOT NULL)`,
  );
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION hostile_input_count() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN
      INSERT INTO "HostileInputWrites" AS w (tbl, n) VALUES (TG_TABLE_NAME, 1)
      ON CONFLICT (tbl) DO UPDATE SET n = w.n + 1;
      RETURN NULL;
    END $$`);
  const tables = (await db.$queryRawUnsafe<{ tablename: string }[]>(TABLES_SQL)).map(
    (row) => row.tablename,
  );
  for (const table of tables)
    await db.$executeRawUnsafe(
      `CREATE OR REPLACE TRIGGER hostile_input_count AFTER INSERT OR UPDATE OR DELETE ON "${table}"
       FOR EACH ROW EXECUTE FUNCTION hostile_input_count()`,
    );
  return tables;
}

async function removeWriteCounter(tables: string[]) {
  const db = testDb();
  for (const table of tables)
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS hostile_input_count ON "${table}"`);
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS hostile_input_count() CASCADE`);
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS "HostileInputWrites"`);
}

/** Rows written so far, per table (committed writes only: a rollback takes its count back). */
async function writesSoFar(): Promise<Map<string, number>> {
  const rows = await testDb().$queryRawUnsafe<{ tbl: string; n: bigint }[]>(
    `SELECT tbl, n FROM "HostileInputWrites"`,
  );
  return new Map(rows.map((row) => [row.tbl, Number(row.n)]));
}

/** Every table's content as one md5 per table. */
async function checksums(tables: string[]): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const table of tables) {
    const rows = await testDb().$queryRawUnsafe<{ sum: string | null }[]>(
      `SELECT md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS sum FROM "${table}" t`,
    );
    sums[table] = rows[0]?.sum ?? 'empty';
  }
  return sums;
}

// --- Generated submissions ---------------------------------------------------

type Outcome =
  | { kind: 'accepted' }
  | { kind: 'refused'; reason: string }
  | { kind: 'unclear'; detail: string }
  | { kind: 'error'; detail: string };

function outcomeOf(result: unknown, error: unknown): Outcome {
  if (error !== undefined) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === 'string') {
      if (digest.startsWith('NEXT_REDIRECT')) return { kind: 'accepted' };
      if (/^NEXT_HTTP_ERROR_FALLBACK;(403|404)$/.test(digest))
        return { kind: 'refused', reason: digest };
    }
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { kind: 'error', detail: detail.slice(0, 500) };
  }
  const state = result as {
    ok?: boolean;
    message?: string;
    fieldErrors?: Record<string, string[] | undefined>;
  } | null;
  if (state?.ok !== false) return { kind: 'accepted' };
  const fieldError = Object.values(state.fieldErrors ?? {}).find((messages) => messages?.length);
  if (fieldError?.[0]) return { kind: 'refused', reason: fieldError[0] };
  if (state.message?.trim()) return { kind: 'refused', reason: state.message };
  return { kind: 'unclear', detail: JSON.stringify(state).slice(0, 300) };
}

function argsFor(action: MutationAction, form: FormData): unknown[] {
  return action.length >= 2 ? [{ ok: false }, form] : [form];
}

const BUILT_IN_PROTOTYPE = new Set(Object.getOwnPropertyNames(Object.prototype));

// --- The suite -----------------------------------------------------------------

describe('hostile input', () => {
  let tables: string[] = [];
  let ids: string[] = [];
  const summary: string[] = [];

  beforeAll(async () => {
    tables = await installWriteCounter();
    // Records for submissions to name: one of each kind, and accounts.
    const admin = await makeUser('ADMIN', 'hostile-admin');
    const analyst = await makeUser('ANALYST', 'hostile-analyst');
    request.cookie = await sessionCookieFor(admin, 1);
    const area = await createArea();
    const item = await createItem({ areaId: area.id });
    const milestone = await createMilestone({ itemId: item.id });
    const source = await createSource();
    const statement = await createStatement({
      sourceId: source.id,
      quote: 'The ministers agreed to hold a summit in Minsk.',
      itemIds: [item.id],
    });
    const presidency = await testDb().presidency.findFirst({ select: { id: true } });
    ids = [
      admin.id,
      analyst.id,
      analyst.email,
      area.id,
      item.id,
      milestone.id,
      source.id,
      source.versionId,
      statement.id,
      ...(presidency ? [presidency.id] : []),
      'no-such-record',
    ];
  });

  afterAll(async () => {
    await removeWriteCounter(tables);
    console.log(`hostile input: ${summary.join('; ')}`);
    await testDb().$disconnect();
  });

  // Found by this suite, kept as fixed cases: the status form read its item
  // before validating, and Postgres refused the NUL (a 500).
  it('a NUL in the status form\'s item id is "no such item", not a 500', async () => {
    const action = await loadMutation(
      '[locale]/(analyst)/workspace/items/[id]/status/actions.ts#recordStatusChangeAction',
    );
    const form = formOf([
      ['itemId', 'item\u0000'],
      ['status', 'IN_PROGRESS'],
    ]);
    const result = (await action({ ok: false }, form)) as { ok: boolean; message?: string };
    expect(result).toMatchObject({ ok: false, message: 'This item does not exist (any more).' });
  });

  it('every mutation has its fields listed', () => {
    const missing = Object.keys(REQUIRED)
      .map(fieldsKey)
      .filter((key) => !key.endsWith('#signOutAction') && !FIELDS[key]);
    expect(missing, 'add the fields of new mutations to FIELDS').toEqual([]);
  });

  for (const key of Object.keys(REQUIRED)) {
    it(`${key}: ${RUNS} hostile submissions, no 500, a reason for every refusal, nothing written by one`, async () => {
      const action = await loadMutation(key);
      if (action.length === 0) {
        // signOutAction takes no input at all.
        summary.push(`${key.split('#')[1]}: no input`);
        return;
      }
      const checksPassword = /#(signInAction|changePasswordAction)$/.test(key);
      const own = FIELDS[fieldsKey(key)] ?? Object.values(FIELDS).flat();
      const counts = { accepted: 0, refused: 0 };
      const started = performance.now();
      const before = await checksums(tables);
      const rowsWritten = (from: Map<string, number>, to: Map<string, number>) =>
        [...to]
          .filter(
            ([table, n]) =>
              n !== (from.get(table) ?? 0) &&
              !(checksPassword && WRITES_OF_A_WRONG_PASSWORD.has(table)),
          )
          .map(([table]) => table);
      const submit = async (fields: Submission): Promise<Outcome> => {
        let result: unknown;
        let error: unknown;
        try {
          result = await action(...argsFor(action, formOf(fields)));
        } catch (thrown) {
          error = thrown ?? 'undefined thrown';
        }
        return outcomeOf(result, error);
      };
      // Submissions go in batches of BATCH at once (the server takes requests
      // at once too), and a batch whose submissions were all refused must have
      // written nothing. A batch with an accepted submission may write: its
      // refused submissions are then submitted again one by one, each checked
      // on its own.
      await fc.assert(
        fc.asyncProperty(
          fc.array(submission(own, ids, Object.values(FIELDS).flat()), {
            minLength: BATCH,
            maxLength: BATCH,
          }),
          async (batch) => {
            const writesBefore = await writesSoFar();
            const outcomes = await Promise.all(batch.map(submit));
            const polluted = Object.getOwnPropertyNames(Object.prototype).filter(
              (property) => !BUILT_IN_PROTOTYPE.has(property),
            );
            for (const property of polluted)
              delete (Object.prototype as Record<string, unknown>)[property];
            const what = batch.map(describeSubmission).join('\n');
            expect(polluted, `one of these set Object.prototype:\n${what}`).toEqual([]);
            for (const [index, outcome] of outcomes.entries()) {
              const one = describeSubmission(batch[index]!);
              expect(outcome.kind, `${one}: ${JSON.stringify(outcome)}`).not.toBe('error');
              expect(outcome.kind, `${one}: a refusal without a reason`).not.toBe('unclear');
              counts[outcome.kind === 'accepted' ? 'accepted' : 'refused'] += 1;
            }
            const refused = batch.filter((_, index) => outcomes[index]!.kind === 'refused');
            if (refused.length === batch.length) {
              const written = rowsWritten(writesBefore, await writesSoFar());
              expect(written, `all refused, yet rows were written:\n${what}`).toEqual([]);
              return;
            }
            for (const fields of refused) {
              const alone = await writesSoFar();
              const outcome = await submit(fields);
              if (outcome.kind !== 'refused') continue;
              const written = rowsWritten(alone, await writesSoFar());
              expect(
                written,
                `${describeSubmission(fields)} was refused ("${outcome.reason}") but wrote`,
              ).toEqual([]);
            }
          },
        ),
        { numRuns: Math.ceil(RUNS / BATCH), seed: SEED, endOnFailure: true },
      );
      if (counts.accepted === 0 && !checksPassword) expect(await checksums(tables)).toEqual(before);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      summary.push(
        `${key.split('#')[1]}: ${counts.refused} refused, ${counts.accepted} accepted (${seconds} s)`,
      );
    });
  }
});
