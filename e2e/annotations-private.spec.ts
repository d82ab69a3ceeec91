// Internal annotations must never reach a public surface. The test writes one
// annotation on an item, one on a statement and one on a source, each carrying
// a unique marker, straight into the database (plain SQL through `pg`), then
// adds a fourth through the analyst's notes form (which refreshes the public
// cache, so every public read below is computed with the notes present), and
// reads every public page, JSON endpoint, CSV and the feed, and looks for it.
import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { contractJson } from './support/contract';
import { e2eDb } from './support/users';

interface Target {
  itemId: string;
  statementId: string;
  sourceId: string;
}

let marker: string;
let target: Target;
let annotationIds: string[] = [];

// In parallel mode this hook runs once for every test of the file, and a worker
// may run several of them: each run writes rows with ids of its own.
test.beforeAll(async ({ browser }) => {
  const runId = randomBytes(8).toString('hex');
  marker = `PRIVATE-ANNOTATION-${runId}`;
  const userId = `e2e-annotator-${runId}`;
  annotationIds = ['item', 'statement', 'source'].map((kind) => `e2e-annotation-${runId}-${kind}`);
  const client = e2eDb();
  // A published item, one of its statements and that statement's source.
  const found = await client.query<Target>(
    `SELECT si."itemId", s.id AS "statementId", s."sourceId"
       FROM "StatementItem" si
       JOIN "Statement" s ON s.id = si."statementId"
       JOIN "Item" i ON i.id = si."itemId"
       JOIN "PriorityArea" a ON a.id = i."areaId"
       JOIN "Source" src ON src.id = s."sourceId"
      WHERE s."archivedAt" IS NULL AND i."archivedAt" IS NULL AND a."archivedAt" IS NULL
        AND src."archivedAt" IS NULL AND s."anchorState" = 'ANCHORED'
      ORDER BY si."itemId", s.id
      LIMIT 1`,
  );
  target = found.rows[0]!;
  expect(target).toBeDefined();

  // Disabled, with a hash that matches no password: an author, never an account.
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", "disabledAt", "updatedAt") VALUES ($1, $2, $3, $4, now(), now())`,
    [userId, `annotator-${runId}@e2e.test`, `Annotator ${runId}`, 'not-a-real-password-hash'],
  );
  const [onItem, onStatement, onSource] = annotationIds;
  await client.query(
    `INSERT INTO "Annotation" (id, body, "itemId", "statementId", "sourceId", "authorId", "updatedAt") VALUES
       ($1, $4, $5, NULL, NULL, $8, now()),
       ($2, $4 || ' on the statement', NULL, $6, NULL, $8, now()),
       ($3, $4 || ' on the source', NULL, NULL, $7, $8, now())`,
    [
      onItem,
      onStatement,
      onSource,
      `${marker} internal note: do not publish`,
      target.itemId,
      target.statementId,
      target.sourceId,
      userId,
    ],
  );

  const context = await browser.newContext({ storageState: 'e2e/.auth/analyst.json' });
  const page = await context.newPage();
  await page.goto(`/workspace/items/${target.itemId}`);
  const notes = page.getByRole('region', { name: /Internal notes on this item/ });
  await notes.getByRole('textbox').first().fill(`${marker} written through the form`);
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note added.' })).toBeVisible();
  await context.close();
});

// The annotations go; the disabled author stays (users are never deleted, and
// the run's database is dropped at the end anyway).
test.afterAll(async () => {
  await e2eDb().query(`DELETE FROM "Annotation" WHERE id = ANY($1) OR body LIKE $2`, [
    annotationIds,
    `${marker}%`,
  ]);
});

async function expectNoMarker(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(await response.text(), path).not.toContain(marker);
}

/** Every page of a list endpoint, following its `next` links. */
async function expectNoMarkerInList(request: APIRequestContext, path: string) {
  let url: string | null = `${path}${path.includes('?') ? '&' : '?'}pageSize=100`;
  while (url) {
    const response: APIResponse = await request.get(url);
    expect(response.status(), url).toBe(200);
    const text: string = await response.text();
    expect(text, url).not.toContain(marker);
    url = (JSON.parse(text) as { links?: { next?: string | null } }).links?.next ?? null;
  }
}

test.describe('internal annotations stay private', () => {
  test('the annotations exist in the database', async () => {
    const result = await e2eDb().query<{ n: string }>(
      `SELECT count(*) AS n FROM "Annotation" WHERE body LIKE $1`,
      [`${marker}%`],
    );
    expect(Number(result.rows[0]!.n)).toBe(4);
  });

  test('no public page shows them', async ({ request }) => {
    for (const path of [
      '/',
      '/items',
      `/items/${target.itemId}`,
      '/sources',
      `/sources/${target.sourceId}`,
      '/methodology',
      '/api-docs',
    ]) {
      await expectNoMarker(request, path);
    }
  });

  test('no JSON endpoint, CSV or feed carries them', async ({ request }) => {
    for (const path of [
      '/api/v1/areas',
      '/api/v1/items',
      '/api/v1/statements',
      `/api/v1/statements?item=${target.itemId}`,
      `/api/v1/statements?source=${target.sourceId}`,
      '/api/v1/sources',
      '/api/v1/status-changes',
    ]) {
      await expectNoMarkerInList(request, path);
    }
    for (const path of [
      `/api/v1/items/${target.itemId}`,
      `/api/v1/statements/${target.statementId}`,
      `/api/v1/sources/${target.sourceId}`,
      '/api/v1/items.csv',
      '/api/v1/status-changes.csv',
      '/feed.xml',
      '/api/v1/openapi.json',
    ]) {
      await expectNoMarker(request, path);
    }
  });

  test('searching for the marker finds nothing', async ({ request }) => {
    const response = await request.get(`/api/v1/items?q=${marker}`);
    expect(response.status()).toBe(200);
    const body = (await contractJson(response)) as { data: unknown[]; meta: { total: number } };
    expect(body.data).toEqual([]);
    expect(body.meta.total).toBe(0);
  });
});
