import { expect, test, type Page } from '@playwright/test';
import { contractJson } from './support/contract';
import { expectNoAxeViolations } from './fixtures';
import { countPublicItems, itemsHeading } from './support/public-data';

// The items list at /items and its JSON twin at /api/v1/items. Other journeys
// add, edit, archive and re-rate items while these run, so every count is read
// from the database in the same attempt as the page it is compared with, and an
// attempt is repeated (toPass) when a write fell between the two.

const results = (page: Page) => page.getByRole('region', { name: /\d+ items?$/ });
const resultTitles = (page: Page) => results(page).getByRole('heading', { level: 3 });
const resultsHeading = (page: Page, total: number) =>
  page.getByRole('heading', { level: 2, name: itemsHeading(total), exact: true });
/** The list shows this many items per page unless told otherwise. */
const DEFAULT_PAGE_SIZE = 20;
const CONSISTENT = { timeout: 20_000 };

async function titlesOf(page: Page): Promise<string[]> {
  return resultTitles(page).allTextContents();
}

test.describe('items list', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('filters by area through the plain GET form', async ({ page }) => {
      await expect(async () => {
        const total = await countPublicItems();
        const inArea = await countPublicItems({ areaId: 'area-crisis' });
        expect(inArea).toBeGreaterThan(0);
        expect(inArea).toBeLessThan(total);
        await page.goto('/items');
        await expect(resultsHeading(page, total)).toBeVisible();
        await page.getByLabel('Area').selectOption({ label: 'Resolution of crisis situations' });
        await page.getByRole('button', { name: 'Apply' }).click();

        await expect(page).toHaveURL(/[?&]area=area-crisis(&|$)/);
        await expect(resultsHeading(page, inArea)).toBeVisible();
        await expect(page.getByLabel('Area')).toHaveValue('area-crisis');
        const areaLinks = results(page).getByRole('link', {
          name: 'Resolution of crisis situations',
        });
        await expect(areaLinks).toHaveCount(Math.min(inArea, DEFAULT_PAGE_SIZE));
      }).toPass(CONSISTENT);
    });
  });

  test('the dashboard links an area to its filtered list', async ({ page }) => {
    await expect(async () => {
      const inArea = await countPublicItems({ areaId: 'area-crisis' });
      expect(inArea).toBeGreaterThan(0);
      await page.goto('/');
      await page.getByRole('link', { name: 'Resolution of crisis situations' }).click();
      await expect(page).toHaveURL(/\/items\?area=area-crisis$/);
      await expect(resultsHeading(page, inArea)).toBeVisible();
    }).toPass(CONSISTENT);
  });

  test('filters by current status', async ({ page }) => {
    await expect(async () => {
      // The current status as derived from each item's history in the database.
      const stalled = await countPublicItems({ status: 'STALLED' });
      expect(stalled).toBeGreaterThan(0);
      expect(stalled).toBeLessThan(await countPublicItems());
      await page.goto('/items');
      await page.getByRole('group', { name: 'Current status' }).getByLabel('Stalled').check();
      await page.getByRole('button', { name: 'Apply' }).click();

      await expect(page).toHaveURL(/[?&]status=STALLED(&|$)/);
      await expect(resultsHeading(page, stalled)).toBeVisible();
      const items = results(page).getByRole('listitem');
      await expect(items).toHaveCount(Math.min(stalled, DEFAULT_PAGE_SIZE));
      for (const item of await items.all())
        await expect(item.getByText('Stalled', { exact: true })).toBeVisible();
      await expect(
        page.getByRole('group', { name: 'Current status' }).getByLabel('Stalled'),
      ).toBeChecked();
    }).toPass(CONSISTENT);
  });

  test('an English search ranks the item that names the word first and marks it', async ({
    page,
  }) => {
    await page.goto('/items');
    await page.getByLabel('Search items, statements and sources').fill('Tajikistan');
    await page.getByRole('button', { name: 'Apply' }).click();

    await expect(page).toHaveURL(/[?&]q=Tajikistan(&|$)/);
    await expect(resultTitles(page).first()).toHaveText(
      'Help resolve the Kyrgyzstan-Tajikistan border conflict',
    );
    const first = results(page).getByRole('listitem').first();
    await expect(first.locator('mark').first()).toHaveText(/Tajikistan/i);
  });

  test('a Russian search stems words: in items’ Russian text first, then in Russian quotes, then in source texts', async ({
    page,
  }) => {
    // Source 002 says "урегулирование кризисов"; the tracker's Russian summary of
    // one item says "урегулировании кризисов": other forms of both words must match.
    await page.goto('/items');
    await page.getByLabel('Search items, statements and sources').fill('урегулированию кризиса');
    await page.getByRole('button', { name: 'Apply' }).click();

    // Found in its own (Russian) words, so first, with no quote to show.
    await expect(resultTitles(page).first()).toHaveText(
      'Joint action against fake news and disinformation as a security threat',
    );
    await expect(
      results(page).getByRole('listitem').first().getByText('Matching statement'),
    ).toHaveCount(0);
    // Then through a Russian quote, marked.
    const quoted = results(page)
      .getByRole('listitem')
      .filter({ hasText: 'Diplomatic efforts to de-escalate tensions and build mutual trust' });
    await expect(quoted.getByText('Matching statement')).toBeVisible();
    await expect(quoted.locator('mark')).toHaveText(['урегулирование', 'кризисов']);
    // The rest come through a text that quotes them, once per article.
    const others = results(page)
      .getByRole('listitem')
      .filter({ hasNot: page.getByText('Matching statement') })
      .filter({ hasNot: page.getByRole('heading', { name: /fake news/ }) });
    for (const other of await others.all()) {
      await expect(
        other.getByRole('link', { name: /what Lukashenko told the CSTO foreign ministers/ }),
      ).toBeVisible();
    }
    await expect(results(page).getByText(/^and \d+ more items quoting this article$/)).toHaveCount(
      1,
    );
  });

  test('the URL holds every filter: loading it again gives the same results', async ({
    page,
    context,
  }) => {
    // Both loads must see the same data: an edit elsewhere between them starts over.
    await expect(async () => {
      await page.goto('/items');
      await page.getByLabel('Search items, statements and sources').fill('border');
      await page.getByLabel('Evidence from outlet type').selectOption({ label: 'Foreign' });
      await page.getByLabel('Stated on or after').fill('2023-02-01');
      await page.getByLabel('Stated on or before').fill('2023-02-28');
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect(page).toHaveURL(/outlet=FOREIGN/);
      const titles = await titlesOf(page);
      expect(titles.length).toBeGreaterThan(0);
      const count = await results(page).getByRole('heading', { level: 2 }).textContent();

      const shared = await context.newPage();
      try {
        await shared.goto(page.url());
        await expect(
          shared.getByRole('heading', { level: 2, name: count ?? '', exact: true }),
        ).toBeVisible();
        expect(await titlesOf(shared)).toEqual(titles);
        await expect(shared.getByLabel('Search items, statements and sources')).toHaveValue(
          'border',
        );
        await expect(shared.getByLabel('Evidence from outlet type')).toHaveValue('FOREIGN');
        await expect(shared.getByLabel('Stated on or after')).toHaveValue('2023-02-01');
        await expect(shared.getByLabel('Stated on or before')).toHaveValue('2023-02-28');
      } finally {
        await shared.close();
      }
    }).toPass(CONSISTENT);
  });

  test('pagination keeps the filters and moves through the pages', async ({ page }) => {
    const pageSize = 5;
    await expect(async () => {
      const total = await countPublicItems({ areaId: 'area-crisis' });
      const pageCount = Math.ceil(total / pageSize);
      // A first, a middle and a last page.
      expect(pageCount).toBeGreaterThanOrEqual(3);
      const of = (number: number) => `Page ${number} of ${pageCount}`;

      await page.goto(`/items?area=area-crisis&pageSize=${pageSize}`);
      const pagination = page.getByRole('navigation', { name: 'Pagination' });
      await expect(pagination.getByText(of(1), { exact: true })).toBeVisible();
      await expect(resultTitles(page)).toHaveCount(pageSize);
      const firstPage = await titlesOf(page);
      await expect(pagination.getByRole('link', { name: 'Previous' })).toHaveCount(0);

      await pagination.getByRole('link', { name: 'Next' }).click();
      await expect(page).toHaveURL(/area=area-crisis&page=2&pageSize=5$/);
      await expect(pagination.getByText(of(2), { exact: true })).toBeVisible();
      const secondPage = await titlesOf(page);
      expect(secondPage).toHaveLength(pageSize);
      expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

      for (let number = 3; number <= pageCount; number += 1) {
        await pagination.getByRole('link', { name: 'Next' }).click();
        await expect(pagination.getByText(of(number), { exact: true })).toBeVisible();
      }
      await expect(resultTitles(page)).toHaveCount(total - pageSize * (pageCount - 1));
      await expect(pagination.getByRole('link', { name: 'Next' })).toHaveCount(0);
      await pagination.getByRole('link', { name: 'Previous' }).click();
      await expect(pagination.getByText(of(pageCount - 1), { exact: true })).toBeVisible();
    }).toPass(CONSISTENT);
  });

  test('an invalid date is reported next to its field', async ({ page }) => {
    await page.goto('/items?from=2023-13-45');
    const from = page.getByLabel('Stated on or after');
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(from).toHaveAccessibleDescription(
      /Enter a date as YYYY-MM-DD.*You gave “2023-13-45”/,
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Check the filters' })).toBeVisible();

    // Dates in the wrong order, through the form.
    await page.goto('/items');
    await page.getByLabel('Stated on or after').fill('2023-06-20');
    await page.getByLabel('Stated on or before').fill('2023-01-01');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByLabel('Stated on or before')).toHaveAccessibleDescription(
      'The end date is before the start date.',
    );
    await expect(page.getByLabel('Stated on or after')).not.toHaveAttribute('aria-invalid');
  });

  test('is accessible: filtered results, errors, dark mode at 360 px', async ({ page }) => {
    await page.goto('/items?q=%D0%BA%D1%80%D0%B8%D0%B7%D0%B8%D1%81&pageSize=5');
    await expect(page.locator('mark').first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/items?from=nope&status=STALLED');
    await expect(page.getByRole('heading', { level: 2, name: 'Check the filters' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/items?q=Tajikistan&pageSize=5');
    await expect(resultTitles(page).first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('items API', () => {
  test('lists the same items as the page for the same filters, with open-data headers', async ({
    page,
    request,
  }) => {
    // The page and the API agree only if nothing was written between the two reads.
    await expect(async () => {
      const query = 'area=area-crisis&status=STALLED&status=IN_PROGRESS';
      await page.goto(`/items?${query}`);
      const heading = await results(page).getByRole('heading', { level: 2 }).textContent();
      const pageTotal = Number(heading?.match(/^(\d+)/)?.[1]);

      const response = await request.get(`/api/v1/items?${query}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['access-control-allow-origin']).toBe('*');
      expect(response.headers()['cache-control']).toContain('no-store');
      const body = await contractJson(response);
      expect(body.meta).toEqual({ page: 1, pageSize: 20, total: pageTotal, pageCount: 1 });
      expect(body.data.map((item: { title: string }) => item.title)).toEqual(await titlesOf(page));
      const [first] = body.data;
      expect(first).toMatchObject({
        area: { id: 'area-crisis', title: 'Resolution of crisis situations' },
        status: {
          code: expect.stringMatching(/^(STALLED|IN_PROGRESS)$/),
          label: expect.any(String),
        },
      });
      expect(first.url).toMatch(new RegExp(`/items/${first.id}$`));
      expect(first.statusHistory.length).toBeGreaterThan(0);
      expect(first.statements.length).toBeGreaterThan(0);
      expect(body.links.next).toBeNull();
      expect(body.links.prev).toBeNull();
    }).toPass(CONSISTENT);
  });

  test('paginates with links that keep the filters', async ({ request }) => {
    // Imports elsewhere may add matches and reorder them between the two pages.
    await expect(async () => {
      const body = await contractJson(await request.get('/api/v1/items?q=Lukashenko&pageSize=5'));
      expect(body.meta.pageSize).toBe(5);
      expect(body.data).toHaveLength(5);
      expect(body.links.prev).toBeNull();
      const next = new URL(body.links.next);
      expect(Object.fromEntries(next.searchParams)).toEqual({
        q: 'Lukashenko',
        page: '2',
        pageSize: '5',
      });
      const second = await contractJson(await request.get(`${next.pathname}${next.search}`));
      expect(second.meta.page).toBe(2);
      expect(second.data[0].id).not.toBe(body.data[0].id);
    }).toPass(CONSISTENT);
  });

  test('answers 400 naming each bad parameter', async ({ request }) => {
    const response = await request.get('/api/v1/items?from=2023-02-30&pageSize=500&status=DONE');
    expect(response.status()).toBe(400);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    const { errors } = await contractJson(response);
    for (const error of errors) expect(error.code).toBe('invalid_parameter');
    expect(
      [...new Set(errors.map((error: { parameter: string }) => error.parameter))].sort(),
    ).toEqual(['from', 'pageSize', 'status']);
    expect(
      errors.find((error: { parameter: string }) => error.parameter === 'from').message,
    ).toMatch(/YYYY-MM-DD/);
  });

  test('refuses unknown and repeated parameters, which the page ignores', async ({
    request,
    page,
  }) => {
    const response = await request.get(
      '/api/v1/items?sttus=STALLED&q=a&q=b&status=KEPT&status=BROKEN',
    );
    expect(response.status()).toBe(400);
    const { errors } = await contractJson(response);
    expect(errors).toEqual([
      { code: 'invalid_parameter', parameter: 'sttus', message: expect.stringMatching(/sttus/) },
      {
        code: 'invalid_parameter',
        parameter: 'q',
        message: expect.stringMatching(/more than once/),
      },
    ]);
    await expect(async () => {
      const total = await countPublicItems();
      await page.goto('/items?sttus=STALLED');
      await expect(resultsHeading(page, total)).toBeVisible();
    }).toPass(CONSISTENT);
  });

  test('one item carries its history and statements anchored with W3C selectors', async ({
    request,
  }) => {
    const response = await request.get('/api/v1/items/de-escalation-mutual-trust');
    expect(response.status()).toBe(200);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    const { data } = await contractJson(response);
    expect(data.status).toEqual({ code: 'STALLED', label: 'Stalled' });
    expect(data.statusHistory.length).toBeGreaterThan(0);
    for (const change of data.statusHistory) {
      expect(change).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          effectiveOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          note: expect.any(String),
          correctsId: null,
        }),
      );
      expect(change.evidence.length).toBeGreaterThan(0);
      for (const evidence of change.evidence) {
        expect(evidence).toEqual({
          statementId: expect.any(String),
          quote: expect.any(String),
          sourceId: expect.any(String),
        });
      }
    }
    expect(data.statements.length).toBeGreaterThan(0);
    for (const statement of data.statements) {
      const [quote, position] = statement.selectors;
      expect(quote).toEqual({
        type: 'TextQuoteSelector',
        exact: statement.quote,
        prefix: expect.any(String),
        suffix: expect.any(String),
      });
      expect(position.type).toBe('TextPositionSelector');
      expect(position.end - position.start).toBe([...statement.quote].length);
      expect(statement.source).toEqual(
        expect.objectContaining({ id: expect.any(String), title: expect.any(String) }),
      );
    }
    const evidenceIds = data.statusHistory.flatMap(
      (change: { evidence: { statementId: string }[] }) =>
        change.evidence.map((evidence) => evidence.statementId),
    );
    const statementIds = data.statements.map((statement: { id: string }) => statement.id);
    for (const id of evidenceIds) expect(statementIds).toContain(id);
  });

  test('an unknown item is a 404 in JSON', async ({ request }) => {
    const response = await request.get('/api/v1/items/does-not-exist');
    expect(response.status()).toBe(404);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    const { errors } = await contractJson(response);
    expect(errors).toEqual([
      { code: 'not_found', message: expect.stringMatching(/does-not-exist/) },
    ]);
  });
});
