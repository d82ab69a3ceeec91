// `npm run soak`'s writers: a signed-in analyst in Chromium, using the
// workspace's real forms (server actions) as a person would, the way the
// end-to-end journeys do (e2e/analyst-journey.spec.ts, source-import.spec.ts,
// status-changes.spec.ts, items-workspace.spec.ts). Every loop creates an
// item, imports an article, quotes it twice (a selection and "quote by
// text"), records status changes (on its item and on another), corrects one,
// edits the item and corrects the source text (re-anchoring the quotes).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { Browser, BrowserContext, Page, Request } from '@playwright/test';
import { ROOT } from './runtime';
import type { Tally } from './soak-load';
import { toolPath } from './tools';
import { selectInText } from '../../e2e/support/selection';

export interface Analyst {
  email: string;
  name: string;
  password: string;
}

/** A new analyst account, made with the command line admins use (`npm run user:create`). */
export async function createAnalyst(env: NodeJS.ProcessEnv, label: string): Promise<Analyst> {
  const suffix = randomBytes(3).toString('hex');
  const analyst = {
    email: `${label}-${suffix}@soak.test`,
    name: `Soak ${label} ${suffix}`,
    password: `soak-${randomBytes(12).toString('base64url')}`,
  };
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        toolPath('tsx'),
        'scripts/user-create.ts',
        '--email',
        analyst.email,
        '--name',
        analyst.name,
        '--role',
        'analyst',
      ],
      { cwd: ROOT, env, stdio: ['pipe', 'ignore', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`user-create exited with ${code}`)),
    );
    child.stdin?.end(`${analyst.password}\n`);
  });
  return analyst;
}

const STATUSES = ['IN_PROGRESS', 'STALLED', 'PARTLY_KEPT', 'KEPT', 'BROKEN', 'CANNOT_BE_CHECKED'];
const STEP_TIMEOUT_MS = 45_000;
const MAX_SCREENSHOTS = 5;
let screenshots = 0;

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const dayOf2023 = () =>
  new Date(Date.UTC(2023, 0, 1) + Math.floor(Math.random() * 365) * 86_400_000)
    .toISOString()
    .slice(0, 10);

/**
 * An article with a Cyrillic line and a character outside the BMP before the
 * quoted sentences, so code points and UTF-16 offsets differ (selectors count
 * code points, the browser's selection UTF-16 units).
 */
function article(token: string) {
  const first = `The member states agreed to hold joint exercises of the collective rapid reaction forces in the autumn (${token}).`;
  const second =
    'Belarus proposed a common plan to respond to crisis situations on the borders of the organization.';
  const text = [
    `CSTO partners review the presidency plan (${token})`,
    '',
    `MINSK, 14 March (BelTA) – Representatives of the CSTO member states met in Minsk on Tuesday to review the priorities of the Belarusian presidency in 2023 (ref. ${token}).`,
    '',
    'Участники встречи обсудили коллективную безопасность в регионе 🤝 и миротворческие силы.',
    '',
    first,
    '',
    second,
  ].join('\n');
  return { text, first, second };
}

export interface AnalystLoopOptions {
  base: string;
  browser: Browser;
  analyst: Analyst;
  label: string;
  tally: Tally;
  running: () => boolean;
  /** To pick another item to rate (any published item, the seed's or another writer's). */
  pool: pg.Pool;
  /** Where screenshots of failed steps go (the first few). */
  failureDir: string;
  /** Called after every complete round (each kind of write done once). */
  onRound?: (round: number) => void;
}

function requestKind(request: Request): string {
  // The workspace writes only through server actions (sign-in included): every POST is one.
  if (request.method() === 'POST') return 'browser: server actions (POST)';
  const type = request.resourceType();
  if (type === 'document') return 'browser: pages';
  if (type === 'fetch' || type === 'xhr') return 'browser: RSC and data (fetch)';
  return 'browser: static files';
}

/** Counts every request the analyst's browser makes to the server: 5xx and network errors are errors. */
function watchRequests(page: Page, base: string, tally: Tally) {
  page.on('requestfinished', (request: Request) => {
    if (!request.url().startsWith(base)) return;
    void request.response().then((response) => {
      const timing = request.timing();
      tally.answered(
        requestKind(request),
        `${request.method()} ${request.url().slice(base.length)}`,
        response?.status() ?? 0,
        timing.responseEnd >= 0 ? Math.round(timing.responseEnd) : undefined,
      );
    });
  });
  page.on('requestfailed', (request: Request) => {
    if (!request.url().startsWith(base)) return;
    const reason = request.failure()?.errorText ?? 'failed';
    // Cancelled by the browser itself (a navigation dropping a prefetch): not the server's doing.
    if (reason.includes('ERR_ABORTED')) return;
    tally.error(
      requestKind(request),
      `${request.method()} ${request.url().slice(base.length)}: ${reason}`,
    );
  });
}

/** Waits until `done()`; fails at once when the form answers with an error message. */
async function until(page: Page, what: string, done: () => Promise<boolean>) {
  const refused = page.locator('form [role="alert"]');
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await done().catch(() => false)) return;
    if (
      await refused
        .first()
        .isVisible()
        .catch(() => false)
    ) {
      const message =
        (await refused
          .first()
          .textContent()
          .catch(() => '')) ?? '';
      throw new Error(`${what}: refused: ${message.trim().slice(0, 200)}`);
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`${what}: no answer within ${STEP_TIMEOUT_MS / 1000} s`);
}

const toast = (page: Page, text: string | RegExp) => () =>
  page.getByRole('status').filter({ hasText: text }).first().isVisible();

/** A managed form (components/ui/managed-form.tsx) marks itself ready once hydrated. */
async function readyForm(page: Page, field: string) {
  const form = page.locator('form[data-ready="true"]').filter({ has: page.getByLabel(field) });
  await form.first().waitFor({ state: 'visible' });
  return form.first();
}

async function signIn(page: Page, base: string, analyst: Analyst) {
  for (let attempt = 1; ; attempt += 1) {
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').fill(analyst.email);
    await page.getByLabel('Password').fill(analyst.password);
    // Typed before hydration, a value can be lost: check before submitting.
    if ((await page.getByLabel('Password').inputValue()) === analyst.password) {
      await page.getByRole('button', { name: 'Sign in' }).click();
      try {
        await page.waitForURL(/\/workspace/, { timeout: STEP_TIMEOUT_MS });
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    } else if (attempt >= 3) {
      throw new Error('sign in: the password field would not keep its value');
    }
  }
}

async function createItem(page: Page, base: string, title: string): Promise<string> {
  await page.goto(`${base}/workspace/items`);
  const region = page.getByRole('region', { name: 'New item' });
  await region.locator('form[data-ready="true"]').waitFor();
  const area = region.getByLabel('Area');
  const options = await area.locator('option').count();
  await area.selectOption({ index: 1 + Math.floor(Math.random() * (options - 1)) });
  await region.getByLabel('Title').fill(title);
  await region
    .getByLabel('Summary')
    .fill('A commitment written by the soak test, to be rated and quoted like any other.');
  await region.getByRole('button', { name: 'Create item' }).click();
  await until(page, 'create item', async () =>
    /\/workspace\/items\/[^/?]+\?created=1$/.test(page.url()),
  );
  return new URL(page.url()).pathname.split('/').at(-1)!;
}

async function importSource(page: Page, base: string, text: string): Promise<string> {
  await page.goto(`${base}/workspace/sources/new`);
  await readyForm(page, 'Article text');
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Prepare the text' }).click();
  await until(page, 'prepare the text', () =>
    page.getByRole('region', { name: 'Preview of the text to be stored' }).isVisible(),
  );
  const confirm = page.getByLabel('I confirm the inferred year');
  if (await confirm.isVisible()) await confirm.check();
  await page.getByRole('button', { name: 'Save the source' }).click();
  await until(page, 'save the source', async () =>
    /\/workspace\/sources\/[^/?]+\?imported=1$/.test(page.url()),
  );
  return new URL(page.url()).pathname.split('/').at(-1)!;
}

async function quote(
  page: Page,
  base: string,
  sourceId: string,
  sentence: string,
  itemTitle: string,
  mode: 'selection' | 'text',
) {
  await page.goto(`${base}/workspace/sources/${sourceId}`);
  const panel = page.getByRole('region', { name: 'New statement from selection' });
  await panel.locator('form[data-ready="true"]').waitFor();
  if (mode === 'selection') {
    await selectInText(page, sentence);
    await until(page, 'select the quote', async () =>
      (await panel.locator('[data-selected-quote]').textContent()) === sentence ? true : false,
    );
  } else {
    await panel.getByRole('radio', { name: 'Quote by text' }).check();
    await panel.getByRole('textbox', { name: 'Quote by text' }).fill(sentence);
  }
  await panel.getByLabel('Speaker').fill('BelTA');
  await panel.getByLabel('Kind').selectOption(pick(['COMMITMENT', 'PROGRESS_CLAIM', 'ASSESSMENT']));
  await panel.getByLabel(itemTitle, { exact: true }).check();
  await panel.getByRole('button', { name: 'Save the statement' }).click();
  await until(page, 'save the statement', toast(page, 'Statement saved'));
}

async function openStatusForm(page: Page, base: string, itemId: string) {
  await page.goto(`${base}/workspace/items/${encodeURIComponent(itemId)}/status`);
  await readyForm(page, 'New status');
}

/** Records a status change on `itemId` citing one of its statements (none: "not yet rated"). */
async function recordStatusChange(page: Page, base: string, itemId: string, note: string) {
  await openStatusForm(page, base, itemId);
  const citable = page
    .getByRole('list', { name: 'Statements of this item' })
    .getByRole('checkbox', { disabled: false });
  const count = await citable.count();
  await page.getByLabel('New status').selectOption(count > 0 ? pick(STATUSES) : 'NOT_YET_RATED');
  await page.getByLabel('Effective date').fill(dayOf2023());
  await page.getByLabel('Note', { exact: true }).fill(note);
  if (count > 0) await citable.nth(Math.floor(Math.random() * count)).check();
  await page.getByRole('button', { name: 'Record status change' }).click();
  await until(page, 'record status change', toast(page, 'Status change recorded'));
}

async function correctLatest(page: Page, base: string, itemId: string, note: string) {
  await openStatusForm(page, base, itemId);
  await page
    .getByRole('region', { name: 'Status history' })
    .getByRole('link', { name: /^Correct this entry/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 2, name: /^Correct the entry of / }).waitFor();
  await readyForm(page, 'New status');
  // The entry may be another analyst's "not yet rated" without evidence: a
  // rating needs a statement, so cite one as a person would (none: stay unrated).
  const statements = page.getByRole('list', { name: 'Statements of this item' });
  const citable = statements.getByRole('checkbox', { disabled: false });
  if ((await statements.getByRole('checkbox', { checked: true }).count()) === 0) {
    const count = await citable.count();
    if (count > 0) await citable.nth(Math.floor(Math.random() * count)).check();
  }
  const cited = (await statements.getByRole('checkbox', { checked: true }).count()) > 0;
  const current = await page.getByLabel('New status').inputValue();
  await page
    .getByLabel('New status')
    .selectOption(cited ? pick(STATUSES.filter((s) => s !== current)) : 'NOT_YET_RATED');
  await page.getByLabel('Note', { exact: true }).fill(note);
  await page.getByRole('button', { name: 'Record correction' }).click();
  await until(page, 'record correction', toast(page, 'Correction recorded'));
}

async function editItem(page: Page, base: string, itemId: string, title: string) {
  await page.goto(`${base}/workspace/items/${encodeURIComponent(itemId)}`);
  await readyForm(page, 'Title');
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await until(page, 'save the item', toast(page, 'Item saved'));
}

/**
 * Saves a corrected text: a note added at the top (the quotes move and are
 * re-anchored exactly) or a word changed inside the first quote (re-anchored
 * fuzzily, or orphaned: either way no statement may point at a wrong span).
 */
async function reviseSource(
  page: Page,
  base: string,
  sourceId: string,
  token: string,
  inside: boolean,
) {
  await page.goto(`${base}/workspace/sources/${sourceId}`);
  await page.getByText('Correct the text', { exact: true }).click();
  await readyForm(page, 'Corrected text');
  const textarea = page.getByLabel('Corrected text');
  const text = await textarea.inputValue();
  await textarea.fill(
    inside
      ? text.replace('in the autumn', 'in the late autumn')
      : `Editor’s note: this story was updated (${token}).\n\n${text}`,
  );
  await page
    .getByLabel('What was corrected and why')
    .fill(inside ? 'The outlet corrected the season' : 'The outlet added an editor’s note');
  await page.getByRole('button', { name: /^Save as version \d+$/ }).click();
  await until(page, 'save the corrected text', toast(page, /^Version \d+ saved/));
}

async function randomPublishedItem(pool: pg.Pool): Promise<string | undefined> {
  const result = await pool.query<{ id: string }>(
    `SELECT i.id FROM "Item" i JOIN "PriorityArea" a ON a.id = i."areaId"
      WHERE i."archivedAt" IS NULL AND a."archivedAt" IS NULL ORDER BY random() LIMIT 1`,
  );
  return result.rows[0]?.id;
}

/** One analyst, one page, one write at a time, until `running()` says stop. */
export async function analystLoop(options: AnalystLoopOptions) {
  const { base, browser, analyst, label, tally, running, pool, failureDir, onRound } = options;
  let context: BrowserContext = await browser.newContext({ baseURL: base });
  const newPage = async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.setDefaultNavigationTimeout(60_000);
    // A page left with unsaved changes (after a failed step) asks before leaving.
    page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
    watchRequests(page, base, tally);
    return page;
  };
  let page = await newPage();

  /** Runs one write; a failure is counted, kept (screenshot) and the loop goes on. */
  const step = async <T>(kind: string, work: () => Promise<T>): Promise<T | undefined> => {
    const started = performance.now();
    try {
      const value = await work();
      tally.answered(`write: ${kind}`, kind, 200, Math.round(performance.now() - started));
      return value;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      tally.error(`write: ${kind}`, `${label}: ${message}`);
      if (screenshots < MAX_SCREENSHOTS && !page.isClosed()) {
        screenshots += 1;
        mkdirSync(failureDir, { recursive: true });
        const file = path.join(failureDir, `${label}-${screenshots}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      }
      if (page.isClosed()) page = await newPage();
      return undefined;
    }
  };

  const signedIn = await step('sign in', async () => {
    await signIn(page, base, analyst);
    return true;
  });
  if (!signedIn) {
    await context.close();
    return;
  }
  for (let round = 1; running(); round += 1) {
    const token = `${label}-${round}-${randomBytes(3).toString('hex')}`;
    const title = `Soak commitment ${token}`;
    const itemId = await step('create item', () => createItem(page, base, title));
    if (!itemId || !running()) continue;
    const { text, first, second } = article(token);
    const sourceId = await step('import source', () => importSource(page, base, text));
    if (!sourceId || !running()) continue;
    await step('quote (selection)', () => quote(page, base, sourceId, first, title, 'selection'));
    if (!running()) break;
    await step('quote (by text)', () => quote(page, base, sourceId, second, title, 'text'));
    if (!running()) break;
    await step('status change', () =>
      recordStatusChange(page, base, itemId, `Rated by the soak test (${token}).`),
    );
    if (!running()) break;
    const other = await randomPublishedItem(pool);
    if (other)
      await step('status change (another item)', () =>
        recordStatusChange(page, base, other, `Rated again by the soak test (${token}).`),
      );
    if (!running()) break;
    if (round % 2 === 1) {
      await step('correction', () =>
        correctLatest(page, base, itemId, `The soak test corrects its entry (${token}).`),
      );
      if (!running()) break;
    }
    await step('edit item', () => editItem(page, base, itemId, `${title} (edited)`));
    if (!running()) break;
    if (round % 2 === 1)
      await step('revise source', () => reviseSource(page, base, sourceId, token, round % 4 === 3));
    if (running()) onRound?.(round);
    // A fresh context now and then, as a person closes the browser: sessions stay valid.
    if (round % 10 === 0) {
      const state = await context.storageState();
      await context.close();
      context = await browser.newContext({ baseURL: base, storageState: state });
      page = await newPage();
    }
  }
  await context.close();
}
