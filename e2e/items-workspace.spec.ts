// The analysts' items workspace: editing an item (the public page follows at
// once), two analysts saving the same item (refused, both versions shown,
// merged), the unsaved-changes warning, Ctrl+S, archiving, overdue
// milestones and restoring an earlier version.
//
// Each test works on its own seed item of the military area, which no other
// journey asserts on, and only appends to titles, so searches elsewhere still
// find it. The archive test creates an item of its own.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { createItemThroughForm } from './support/items';
import { e2eDb } from './support/users';

test.use({ storageState: 'e2e/.auth/analyst.json' });

const token = () => randomBytes(3).toString('hex');

async function storedItem(id: string) {
  const result = await e2eDb().query<{
    title: string;
    summary: string;
    version: number;
    archivedAt: Date | null;
  }>('SELECT title, summary, version, "archivedAt" FROM "Item" WHERE id = $1', [id]);
  return result.rows[0]!;
}

const savedToast = (page: Page) => page.getByRole('status').filter({ hasText: 'Item saved' });

async function openAs(browser: Browser, role: 'analyst' | 'admin', path: string): Promise<Page> {
  const context = await browser.newContext({ storageState: `e2e/.auth/${role}.json` });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test.describe('items workspace', () => {
  test('lists every item by area, with links to edit, status and history', async ({ page }) => {
    await page.goto('/workspace/items');
    await expect(page.getByRole('heading', { level: 1, name: 'Items' })).toBeVisible();
    const military = page.getByRole('region', {
      name: "Enhancement of the CSTO's military component",
    });
    await expect(
      military.getByRole('link', { name: 'Edit: Manufacturing cooperation in defense products' }),
    ).toHaveAttribute('href', '/workspace/items/defense-manufacturing-cooperation');
    await expect(
      military.getByRole('link', { name: /^Status: Manufacturing cooperation/ }),
    ).toHaveAttribute('href', '/workspace/items/defense-manufacturing-cooperation/status');
    await expect(
      military.getByRole('button', { name: /^Move up: Increase the readiness/ }),
    ).toBeDisabled();
    await expect(page.getByRole('region', { name: 'New item' }).getByLabel('Area')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('each item shows its status, last evidence and open milestones; search and filters narrow the list', async ({
    page,
  }) => {
    await page.goto('/workspace/items');
    const conference = page.getByRole('listitem').filter({
      has: page.getByRole('link', {
        name: 'International high-level conference on Eurasian security in Minsk',
        exact: true,
      }),
    });
    await expect(conference).toContainText('Not yet rated');
    await expect(conference).toContainText('Last evidence 23 November 2022');
    await expect(conference).toContainText('3 open milestones');

    // The public search, on the workspace's list: words and a status.
    await page.getByLabel('Search items, statements and sources').fill('de-escalate');
    await page.getByLabel('Stalled').check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/\/workspace\/items\?.*q=de-escalate.*status=STALLED/);
    const found = page.getByRole('region', { name: /items? found$/ });
    const item = found
      .getByRole('listitem')
      .filter({ hasText: 'Diplomatic efforts to de-escalate' });
    await expect(item).toContainText('Stalled');
    await expect(item).toContainText(/Last evidence 20 June 2023 \(\d+ days without new evidence/);
    await expect(item.getByRole('link', { name: /^Status: Diplomatic efforts/ })).toHaveAttribute(
      'href',
      '/workspace/items/de-escalation-mutual-trust/status',
    );
    // The areas' lists give way to the results.
    await expect(page.getByRole('region', { name: 'New item' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: "Enhancement of the CSTO's military component" }),
    ).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('an edited title is on the public page at once', async ({ page }) => {
    const id = 'defense-standardization-inventory';
    const before = await storedItem(id);
    const title = `${before.title} (edited ${token()})`;
    await page.goto(`/workspace/items/${id}`);
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(savedToast(page)).toBeVisible();
    await expect(page.getByLabel('Title')).toHaveValue(title);
    expect(await storedItem(id)).toMatchObject({ title, version: before.version + 1 });

    await page.goto(`/items/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('a save over a newer version is refused; the analyst sees both versions and merges', async ({
    browser,
  }) => {
    const id = 'defense-manufacturing-cooperation';
    const original = await storedItem(id);
    const mark = token();
    const first = await openAs(browser, 'analyst', `/workspace/items/${id}`);
    const second = await openAs(browser, 'admin', `/workspace/items/${id}`);

    // The first analyst saves a new title.
    const theirTitle = `${original.title} (theirs ${mark})`;
    await first.getByLabel('Title').fill(theirTitle);
    await first.getByRole('button', { name: 'Save changes' }).click();
    await expect(savedToast(first)).toBeVisible();

    // The second, who loaded the page before, changes title and summary.
    const myTitle = `${original.title} (mine ${mark})`;
    const mySummary = `${original.summary} Mine ${mark}.`;
    await second.getByLabel('Title').fill(myTitle);
    await second.getByLabel('Summary').fill(mySummary);
    await second.getByRole('button', { name: 'Save changes' }).click();

    await expect(
      second
        .getByRole('alert')
        .filter({ hasText: 'Someone else saved this record after you opened it' }),
    ).toBeVisible();
    const merge = second.getByRole('region', { name: 'Compare the two versions' });
    await expect(merge).toBeVisible();
    const titleChoice = merge.getByRole('group', { name: 'Title' });
    await expect(titleChoice.getByText(theirTitle)).toBeVisible();
    await expect(titleChoice.getByText(myTitle)).toBeVisible();
    await expect(merge.getByRole('group', { name: 'Summary' })).toBeVisible();
    // Nothing was overwritten, and the form still holds this analyst's work.
    expect((await storedItem(id)).title).toBe(theirTitle);
    await expect(second.getByLabel('Title')).toHaveValue(myTitle);
    await expectNoAxeViolations(second);

    await titleChoice.getByRole('button', { name: 'Take theirs (Title)' }).click();
    await expect(second.getByLabel('Title')).toHaveValue(theirTitle);
    await expect(titleChoice.getByRole('button', { name: 'Take theirs (Title)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await titleChoice.getByRole('button', { name: 'Keep mine (Title)' }).click();
    await expect(second.getByLabel('Title')).toHaveValue(myTitle);
    await titleChoice.getByRole('button', { name: 'Take theirs (Title)' }).click();
    await merge
      .getByRole('group', { name: 'Summary' })
      .getByRole('button', { name: 'Keep mine (Summary)' })
      .click();

    await second.getByRole('button', { name: 'Save with my choices' }).click();
    await expect(savedToast(second)).toBeVisible();
    await expect(merge).toBeHidden();
    expect(await storedItem(id)).toMatchObject({
      title: theirTitle,
      summary: mySummary,
      version: original.version + 2,
    });

    // The first analyst's page is now the stale one: their next save is refused too.
    await first.getByLabel('Summary').fill(`${original.summary} First again ${mark}.`);
    await first.getByRole('button', { name: 'Save changes' }).click();
    await expect(first.getByRole('region', { name: 'Compare the two versions' })).toBeVisible();
    expect((await storedItem(id)).summary).toBe(mySummary);

    await first.context().close();
    await second.context().close();
  });

  test('leaving a form with unsaved changes asks first', async ({ page }) => {
    await page.goto('/workspace/items/joint-exercises-belarus-2023');
    const url = page.url();
    await page.getByLabel('Title').fill(`Unsaved ${token()}`);

    let message = '';
    page.once('dialog', (dialog) => {
      message = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'All items' }).click();
    await expect.poll(() => message).toContain('unsaved changes');
    expect(page.url()).toBe(url);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('link', { name: 'All items' }).click();
    await expect(page).toHaveURL(/\/workspace\/items$/);
  });

  test('Ctrl+S saves the form', async ({ page }) => {
    const id = 'forces-readiness';
    const before = await storedItem(id);
    const summary = `${before.summary} Saved with the keyboard ${token()}.`;
    await page.goto(`/workspace/items/${id}`);
    // Typing before hydration would race React taking over the field.
    await expect(page.locator('form[data-ready]').first()).toBeAttached();
    const field = page.getByLabel('Summary');
    await field.fill(summary);
    await expect(field).toHaveValue(summary);
    await field.press('Control+s');
    await expect(savedToast(page)).toBeVisible();
    expect(await storedItem(id)).toMatchObject({ summary, version: before.version + 1 });
  });

  test('an archived item disappears from the public pages, and comes back when published again', async ({
    page,
    request,
  }) => {
    // Created through the form, which refreshes the public pages at once (an
    // item inserted with SQL would wait for the next write to show there).
    const mark = token();
    const title = `Spare parts for peacekeeping vehicles ${mark}`;
    const id = await createItemThroughForm(page, {
      title,
      summary: `A commitment made up by the archive journey (${mark}).`,
    });
    expect(await storedItem(id)).toMatchObject({ title, archivedAt: null });
    expect((await request.get(`/items/${id}`)).status()).toBe(200);
    // The dashboard lists the first items of each area only; the list finds any.
    expect(await (await request.get(`/items?q=${mark}`)).text()).toContain(title);

    await page.goto('/workspace/items');
    const archive = page.getByRole('button', { name: `Archive: ${title}` });
    const publish = page.getByRole('button', { name: `Publish again: ${title}` });
    await archive.click();
    await expect(publish).toBeVisible();
    expect((await storedItem(id)).archivedAt).not.toBeNull();
    expect((await request.get(`/items/${id}`)).status()).toBe(404);
    expect(await (await request.get(`/items?q=${mark}`)).text()).not.toContain(title);

    await publish.click();
    await expect(archive).toBeVisible();
    expect((await storedItem(id)).archivedAt).toBeNull();
    expect((await request.get(`/items/${id}`)).status()).toBe(200);
    expect(await (await request.get(`/items?q=${mark}`)).text()).toContain(title);

    // Leaves the public data as it found it.
    await archive.click();
    await expect(publish).toBeVisible();
  });

  test('a milestone past its due date is flagged overdue', async ({ page }) => {
    const id = 'joint-exercises-belarus-2023';
    const title = `Planning conference held ${token()}`;
    await page.goto(`/workspace/items/${id}`);
    const form = page.getByRole('region', { name: 'Add a milestone' });
    await form.getByLabel('What is due').fill(title);
    await form.getByLabel('Due date').fill('2023-03-15');
    await form.getByLabel('Precision', { exact: true }).selectOption('MONTH');
    await form.getByRole('button', { name: 'Add milestone' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Milestone added' })).toBeVisible();

    const milestone = page
      .getByRole('region', { name: /^Milestones/ })
      .getByRole('listitem')
      .filter({ hasText: title });
    await expect(milestone.getByText('Overdue', { exact: true })).toBeVisible();
    await expect(milestone).toContainText('in March 2023');
    await expect(form.getByLabel('What is due')).toHaveValue('');
    await expectNoAxeViolations(page);

    // Met only on a report of action: the item's commitment cannot show it, and nothing changes.
    await milestone.locator('summary', { hasText: 'Edit' }).click();
    await milestone.getByLabel('Outcome', { exact: true }).selectOption('MET');
    await milestone.getByLabel('Met or missed on').fill('2023-03-20');
    await milestone.getByLabel('Precision of the outcome').selectOption('MONTH');
    const commitment = await milestone
      .getByLabel('Evidence')
      .locator('option', { hasText: 'With this in mind a number of joint exercises' })
      .getAttribute('value');
    await milestone.getByLabel('Evidence').selectOption(commitment!);
    await milestone.getByRole('button', { name: 'Save milestone' }).click();
    await expect(milestone.getByLabel('Evidence')).toHaveAccessibleDescription(
      /A commitment or call to act cannot show a milestone was met or missed/,
    );
    await expect(milestone.getByText('Overdue', { exact: true })).toBeVisible();

    await page.goto(`/items/${id}`);
    await expect(
      page
        .getByRole('region', { name: 'Milestones' })
        .getByRole('listitem')
        .filter({ hasText: title }),
    ).toContainText('(overdue: no report that it was met)');
  });

  test('an earlier version is restored as a new revision', async ({ page }) => {
    const id = 'military-technology-policy';
    const original = await storedItem(id);
    const mark = token();
    await page.goto(`/workspace/items/${id}`);
    for (const step of ['first', 'second']) {
      await page.getByLabel('Title').fill(`${original.title} (${step} ${mark})`);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect
        .poll(async () => (await storedItem(id)).title)
        .toBe(`${original.title} (${step} ${mark})`);
      await expect(page.getByRole('button', { name: 'Save changes' })).toBeEnabled();
    }

    await page.getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `History of “${original.title} (second ${mark})”`,
    );
    const entries = page.getByRole('list', { name: 'Revisions' }).getByRole('listitem');
    await expect(entries).toHaveCount(2);
    await expect(entries.first()).toContainText('Edited the item');
    await expect(entries.first().getByRole('insertion')).toContainText('second');
    await expectNoAxeViolations(page);

    await entries
      .last()
      .getByRole('button', { name: 'Restore the version before this change' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Version restored' })).toBeVisible();
    await expect(entries).toHaveCount(3);
    await expect(entries.first()).toContainText('Restored an earlier version of the item');
    await expect(entries.first().getByRole('deletion')).toContainText(`second ${mark}`);
    expect(await storedItem(id)).toMatchObject({
      title: original.title,
      version: original.version + 3,
    });

    await page.goto(`/items/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(original.title);
  });

  test('the areas page refuses a stale save and shows both versions', async ({ browser }) => {
    const area = await e2eDb().query<{ summary: string }>(
      `SELECT summary FROM "PriorityArea" WHERE id = 'area-goals'`,
    );
    const original = area.rows[0]!.summary;
    const mark = token();
    const first = await openAs(browser, 'analyst', '/workspace/areas');
    const second = await openAs(browser, 'admin', '/workspace/areas');
    const goals = (page: Page) =>
      page.getByRole('region', { name: 'Fundamental goals of the presidency' });
    await expect(
      goals(first).getByRole('button', { name: 'Move up: Fundamental goals of the presidency' }),
    ).toBeDisabled();
    await expectNoAxeViolations(first);

    await goals(first).getByLabel('Summary').fill(`${original} Theirs ${mark}.`);
    await goals(first).getByRole('button', { name: 'Save area' }).click();
    await expect(first.getByRole('status').filter({ hasText: 'Area saved' })).toBeVisible();

    await goals(second).getByLabel('Summary').fill(`${original} Mine ${mark}.`);
    await goals(second).getByRole('button', { name: 'Save area' }).click();
    const merge = goals(second).getByRole('region', { name: 'Compare the two versions' });
    await expect(merge.getByRole('group', { name: 'Summary' })).toContainText(`Theirs ${mark}`);
    await merge.getByRole('button', { name: 'Take theirs (Summary)' }).click();
    await expect(goals(second).getByLabel('Summary')).toHaveValue(`${original} Theirs ${mark}.`);
    await goals(second).getByRole('button', { name: 'Save with my choices' }).click();
    await expect(merge).toBeHidden();
    const stored = await e2eDb().query<{ summary: string }>(
      `SELECT summary FROM "PriorityArea" WHERE id = 'area-goals'`,
    );
    expect(stored.rows[0]!.summary).toBe(`${original} Theirs ${mark}.`);

    await first.context().close();
    await second.context().close();
  });
});
