// XSS (issue 9): well-known payloads typed through the UI into every
// analyst-editable text field, then every page, feed, CSV and JSON that shows
// them, in Chromium: no dialog, no payload code run, no payload element in
// the page, and the payload shown as the text it is (so nothing passes by
// not being shown). Public pages allow inline scripts (their CSP cannot name
// Next's inline payload, docs/decisions/0013), so escaping is the defence
// here, not the CSP.
import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { createItemThroughForm } from './support/items';
import { e2eDb } from './support/users';

// Every payload's element carries data-xss, and its code calls __xss(): the
// page must hold no [data-xss] element and record no call.
const PAYLOADS = [
  `<script data-xss>__xss('script')</script>`,
  `<img data-xss src=x onerror="__xss('img')">`,
  `<svg data-xss onload="__xss('svg')">`,
  `"><img data-xss src=x onerror=__xss('dq')>`,
  `'><img data-xss src=x onerror=__xss('sq')>`,
  `<a data-xss href="javascript:__xss('href')">x</a>`,
  `<iframe data-xss srcdoc="<script>parent.__xss('srcdoc')</script>">`,
  `<details data-xss open ontoggle=__xss('details')>`,
  `</textarea><img data-xss src=x onerror=__xss('textarea')>`,
  `</title><img data-xss src=x onerror=__xss('title')>`,
  `<math><mtext><table><mglyph><style><img data-xss src=x onerror=__xss('mxss')>`,
  `]]><img data-xss src=x onerror=__xss('cdata')>`,
  `<!--<img data-xss src=x onerror=__xss('comment')>-->`,
  `\u2028</script><img data-xss src=x onerror=__xss('json')>`,
  `{{constructor.constructor('__xss("template")')()}}`,
  `javascript:alert('url')`,
  `<script data-xss>alert(1)</script>`,
  `=HYPERLINK("http://evil.test","csv")`,
];

/** Payloads joined, as many as fit in `max` characters after `prefix`, starting at `from`. */
function fitting(prefix: string, max: number, from = 0): { value: string; count: number } {
  let value = prefix;
  let count = 0;
  for (let n = 0; n < PAYLOADS.length; n += 1) {
    const next = PAYLOADS[(from + n) % PAYLOADS.length]!;
    if (value.length + 1 + next.length > max) break;
    value += ` ${next}`;
    count += 1;
  }
  return { value, count };
}

/** (field, payload) pairs typed, for the summary line. */
const typed: { field: string; count: number }[] = [];
function field(name: string, prefix: string, max: number, from = 0): string {
  const { value, count } = fitting(prefix, max, from);
  typed.push({ field: name, count });
  return value;
}

test.describe.configure({ timeout: 120_000 });

async function watch(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  await page.addInitScript(() => {
    const hits: string[] = [];
    Object.defineProperty(window, '__xss', { value: (tag: string) => hits.push(tag) });
    Object.defineProperty(window, '__xssHits', { get: () => hits });
  });
  // No prefetching: a prefetch renders pages of other journeys' items while
  // they edit them, and could store a page from before their save.
  await page.route('**/*', (route) =>
    route.request().headers()['next-router-prefetch'] ? route.abort() : route.continue(),
  );
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Opens `path`: nothing ran, nothing was injected, and `token` is shown as text. */
async function expectInert(page: Page, dialogs: string[], path: string, token: string) {
  await page.goto(path);
  await page.waitForLoadState('load');
  // What a reader sees: the text, and the values of the form fields. React
  // reveals streamed parts a moment after they arrive: wait for the token.
  const seen = (mark: string) => {
    const fields = [
      ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
    ].map((element) => element.value);
    const text = [document.body.innerText, ...fields].join('\n');
    return text.includes(mark) && text.includes('data-xss');
  };
  const shown = await page
    .waitForFunction(seen, token, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  const found = await page.evaluate(() => ({
    hits: (window as unknown as { __xssHits: string[] }).__xssHits,
    injected: [...document.querySelectorAll('[data-xss]')].map((element) =>
      element.outerHTML.slice(0, 80),
    ),
  }));
  expect(dialogs, `${path}: dialogs`).toEqual([]);
  expect(found.hits, `${path}: payload code ran`).toEqual([]);
  expect(found.injected, `${path}: payload elements in the page`).toEqual([]);
  expect(shown, `${path}: the payloads are shown as text`).toBe(true);
}

/** A response that is data: the payloads round-trip exactly, and no browser would render it as HTML. */
async function expectData(
  request: APIRequestContext,
  path: string,
  type: RegExp,
  check: (body: string) => void,
) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toMatch(type);
  expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  check(await response.text());
}

/** In XML, a payload is escaped: no raw tag of ours, whatever the wrapping. */
function expectNoRawTags(body: string, where: string) {
  expect(body.match(/<(script|img|svg|a|iframe|details|style|math)\b[^>]*data-xss/gi), where).toBe(
    null,
  );
}

async function analystPage(browser: Browser, role: 'analyst' | 'admin' = 'analyst') {
  const context = await browser.newContext({ storageState: `e2e/.auth/${role}.json` });
  const page = await context.newPage();
  const dialogs = await watch(page);
  return { page, dialogs, close: () => context.close() };
}

test('an item, its milestone, status note and internal note', async ({ browser, request }) => {
  const token = `xss${randomBytes(4).toString('hex')}`;
  const { page, dialogs, close } = await analystPage(browser);
  const title = field('item title', token, 200);
  const summary = field('item summary', token, 2000);
  const itemId = await createItemThroughForm(page, { title, summary });

  const milestones = page.getByRole('region', { name: 'Add a milestone' });
  await milestones.getByLabel('What is due').fill(field('milestone title', token, 300, 5));
  await milestones.getByLabel('Due date').fill('2023-10-15');
  await milestones.getByRole('button', { name: 'Add milestone' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Milestone added' })).toBeVisible();

  const notes = page.getByRole('region', { name: /Internal notes on this item/ });
  await notes
    .getByRole('textbox')
    .first()
    .fill(field('internal note', token, 5000));
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note added.' })).toBeVisible();

  await page.goto(`/workspace/items/${itemId}/status`);
  await page.getByLabel('New status').selectOption('NOT_YET_RATED');
  await page.getByLabel('Effective date').fill('2023-06-01');
  await page.getByLabel('Note', { exact: true }).fill(field('status note', token, 2000));
  await page.getByRole('button', { name: 'Record status change' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Status change recorded' }),
  ).toBeVisible();

  for (const path of [
    `/items/${itemId}`,
    `/items?q=${token}`,
    '/',
    `/workspace/items/${itemId}`,
    `/workspace/items/${itemId}/history`,
    `/workspace/items/${itemId}/status`,
    '/workspace/items',
  ])
    await expectInert(page, dialogs, path, token);

  await expectData(request, `/api/v1/items/${itemId}`, /^application\/json/, (body) => {
    const { data: item } = JSON.parse(body) as { data: { title: string; summary: string } };
    expect(item.title).toBe(title);
    expect(item.summary).toBe(summary);
  });
  await expectData(request, '/api/v1/items.csv', /^text\/csv/, (body) => {
    expect(body).toContain(token);
    // A cell that would start a formula is prefixed, so no spreadsheet evaluates it.
    expect(body).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
  await expectData(request, '/api/v1/status-changes.csv', /^text\/csv/, (body) =>
    expect(body).toContain(token),
  );
  await expectData(request, '/feed.xml', /^application\/atom\+xml/, (body) => {
    expect(body).toContain(token);
    expectNoRawTags(body, '/feed.xml');
  });
  // Opened in the browser, the feed is XML: nothing in it runs.
  await page.goto('/feed.xml');
  expect(
    await page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits),
  ).toEqual([]);
  expect(dialogs).toEqual([]);
  await close();
});

test('a source: its text, metadata, a quote, its speaker, a status with it, a revision', async ({
  browser,
  request,
}) => {
  const token = `xss${randomBytes(4).toString('hex')}`;
  const { page, dialogs, close } = await analystPage(browser);
  const itemTitle = `Item quoting a hostile source ${token}`;
  const itemId = await createItemThroughForm(page, { title: itemTitle, summary: 'Plain.' });

  // Import normalises a line separator (U+2028) to a line break: quote the rest.
  const quotable = PAYLOADS.filter((payload) => !payload.includes('\u2028'));
  const quote = `The President said ${token}: ${quotable.join(' ')}`;
  typed.push({ field: 'source text', count: PAYLOADS.length });
  typed.push({ field: 'quote', count: quotable.length });
  const article = [
    `Hostile article ${token}`,
    '',
    `MINSK, 14 March (BelTA) – ${quote}`,
    '',
    'The talks went on.',
  ].join('\n');
  await page.goto('/workspace/sources/new');
  await page.getByLabel('Article text').fill(article);
  await page.getByRole('button', { name: 'Prepare the text' }).click();
  await page.getByLabel('Title').fill(field('source title', token, 300, 3));
  await page.getByLabel('Outlet', { exact: true }).fill(field('outlet', token, 120, 1));
  await page.getByLabel('Place').fill(field('place', token, 120, 2));
  await page.getByRole('textbox', { name: 'Dateline' }).fill(field('dateline', token, 200, 4));
  await page.getByLabel('Event').fill(field('event', token, 300, 7));
  await page
    .getByLabel('URL')
    .fill(`https://example.test/${token}?q="><img data-xss src=x onerror=__xss('url')>`);
  typed.push({ field: 'url', count: 1 });
  await page.getByLabel('Why this year').fill(field('why this year', token, 1000));
  await page.getByLabel('I confirm the inferred year').check();
  await page.getByRole('button', { name: 'Save the source' }).click();
  await expect(page).toHaveURL(/\?imported=1$/);
  const sourceId = new URL(page.url()).pathname.split('/').at(-1)!;

  const panel = page.getByRole('region', { name: 'New statement from selection' });
  await panel.getByRole('radio', { name: 'Quote by text' }).check();
  await panel.getByRole('textbox', { name: 'Quote by text' }).fill(quote);
  await panel.getByLabel('Speaker').fill(field('speaker', token, 200, 9));
  // A report of action: only such a statement can support a rating.
  await panel.getByLabel('Kind').selectOption('PROGRESS_CLAIM');
  await panel.getByLabel(itemTitle).check();
  await panel.getByRole('button', { name: 'Save the statement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Statement saved' })).toBeVisible();

  await page.goto(`/workspace/items/${itemId}/status`);
  await page.getByLabel('New status').selectOption('IN_PROGRESS');
  await page.getByLabel('Effective date').fill('2023-03-14');
  await page.getByLabel('Note', { exact: true }).fill(`Drills are under way ${token}.`);
  await page.getByRole('list', { name: 'Statements of this item' }).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Record status change' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Status change recorded' }),
  ).toBeVisible();

  await page.goto(`/workspace/sources/${sourceId}`);
  await page.getByText('Correct the text', { exact: true }).click();
  const textarea = page.getByLabel('Corrected text');
  await textarea.fill(
    `${await textarea.inputValue()}\n\nUpdate: ${PAYLOADS.slice(0, 6).join(' ')}`,
  );
  await page.getByLabel('What was corrected and why').fill(field('revision note', token, 1000));
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^Version 2 saved/ })
      .first(),
  ).toBeVisible();

  for (const path of [
    `/sources/${sourceId}`,
    '/sources',
    `/items/${itemId}`,
    `/items?q=${token}`,
    `/workspace/sources/${sourceId}`,
    `/workspace/history/source/${sourceId}`,
    '/workspace/sources',
    `/workspace/items/${itemId}/status`,
  ])
    await expectInert(page, dialogs, path, token);

  await expectData(request, `/api/v1/sources/${sourceId}`, /^application\/json/, (body) =>
    expect(body).toContain(token),
  );
  await expectData(
    request,
    `/api/v1/statements?source=${sourceId}`,
    /^application\/json/,
    (body) => {
      const { data } = JSON.parse(body) as {
        data: { selectors: [{ exact: string }, unknown] }[];
      };
      expect(data.map((statement) => statement.selectors[0].exact)).toContain(quote);
    },
  );
  await expectData(request, '/feed.xml', /^application\/atom\+xml/, (body) =>
    expectNoRawTags(body, '/feed.xml'),
  );
  await close();
});

test('an account name, and an area title and summary', async ({ browser }) => {
  const token = `xss${randomBytes(4).toString('hex')}`;
  const admin = await analystPage(browser, 'admin');
  const form = admin.page.getByRole('region', { name: 'Create an account' });
  await admin.page.goto('/admin/users');
  await form.getByLabel('Name').fill(field('account name', token, 120, 11));
  await form.getByLabel('Email').fill(`${token}@e2e.test`);
  await form.getByLabel('Role').selectOption('ANALYST');
  await form.getByLabel('Initial password').fill('a-long-enough-password');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByText(`Account created for ${token}@e2e.test`)).toBeVisible();

  // An area of its own, archived, so that no other journey sees it.
  const areaTitle = `Hostile area ${token}`;
  await e2eDb().query(
    `INSERT INTO "PriorityArea" (id, "presidencyId", kind, position, title, summary, "archivedAt", "updatedAt")
     SELECT $1, "presidencyId", kind, (SELECT max(position) + 1 FROM "PriorityArea"), $2, 'Plain.', now(), now()
       FROM "PriorityArea" ORDER BY position LIMIT 1`,
    [`area-${token}`, areaTitle],
  );
  await admin.page.goto('/workspace/areas');
  const area = admin.page.getByRole('region', { name: areaTitle });
  await area.getByLabel('Title').fill(field('area title', token, 200, 13));
  await area.getByLabel('Summary').fill(field('area summary', token, 2000));
  await area.getByRole('button', { name: 'Save area' }).click();
  await expect(admin.page.getByRole('status').filter({ hasText: 'Area saved' })).toBeVisible();

  for (const path of ['/admin/users', '/admin/audit', '/workspace/areas'])
    await expectInert(admin.page, admin.dialogs, path, token);
  await admin.close();
});

test.afterAll(() => {
  const pairs = typed.reduce((sum, entry) => sum + entry.count, 0);
  console.log(
    `xss: ${PAYLOADS.length} payloads, ${typed.length} fields, ${pairs} (payload, field) pairs typed`,
  );
});
