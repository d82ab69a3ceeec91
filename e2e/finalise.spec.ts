// Finalising the presidency, end to end. It switches the public dashboard to
// the final tally for good, so it runs in its own Playwright project after
// every other journey (playwright.config.ts: project "finalise").
import { expect, test } from '@playwright/test';
import { queryCount } from './support/users';

test.use({ storageState: 'e2e/.auth/analyst.json' });

test('after the end date an analyst finalises every item in one action; the dashboard shows the final tally', async ({
  page,
}) => {
  test.slow();
  await page.goto('/workspace/finalise');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Finalise the presidency' }),
  ).toBeVisible();
  // One fieldset per item, holding its "Final status" (evidence sits in a nested group;
  // each area's <details> is a group too, holding its items' fieldsets).
  const choices = page.locator('fieldset').filter({ has: page.getByLabel('Final status') });
  await expect(choices.first()).toBeVisible();
  const count = await choices.count();
  expect(count).toBe(
    await queryCount(
      `SELECT count(*) AS n FROM "Item" i JOIN "PriorityArea" a ON a.id = i."areaId" WHERE i."archivedAt" IS NULL AND a."archivedAt" IS NULL`,
    ),
  );
  for (let index = 0; index < count; index += 1) {
    const choice = choices.nth(index);
    const status = choice.getByLabel('Final status');
    if ((await status.inputValue()) === '') {
      await status.selectOption('CANNOT_BE_CHECKED');
      await choice
        .getByLabel('Note', { exact: true })
        .fill('No source available to the tracker shows whether this was met by the end of 2023.');
    }
  }
  // Finalising asks first.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Finalise the presidency' }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toMatch(/^Finalise the presidency\? All \d+ items get their final verdict/);
  await expect(page.getByRole('status').filter({ hasText: 'Finalised:' })).toBeVisible();
  await expect
    .poll(() =>
      queryCount(`SELECT count(*) AS n FROM "Presidency" WHERE "finalizedAt" IS NOT NULL`),
    )
    .toBe(1);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: /^Final tally: \d+ commitments$/ })).toBeVisible();
  await expect(
    page.getByText(/The presidency ended on 31 December 2023\. Final tally below\./),
  ).toBeVisible();
  // Every item now carries a final verdict: no "Not yet rated", "In progress" or "Stalled" remains.
  const tally = page.getByRole('region', { name: /Final tally/ });
  for (const open of ['Not yet rated', 'In progress', 'Stalled']) {
    await expect(tally.getByText(`${open}:`)).toHaveCount(0);
  }
});
