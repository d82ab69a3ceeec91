// Issue 11's acceptance journey, from a new article to a verdict: an article
// pasted with no year gets a year inside the presidency; its relevant
// sentence is suggested on the right item with the words that matched; one
// click makes a statement of it, a second opens the status form with it as
// evidence, and the verdict is public. A dismissed suggestion stays dismissed.
//
// The item (the biological security council's session) is one no other
// journey asserts on.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { e2eDb } from './support/users';

test.use({ storageState: 'e2e/.auth/analyst.json' });

const ITEM = {
  id: 'biological-security-council-session',
  title: 'Session of the biological security coordinating council in Belarus',
};
const HELD =
  'The session of the coordinating council of the CSTO member states’ authorized bodies on biological security was held in Minsk on Thursday.';

function article(token: string): string {
  return [
    'Minsk hosts the CSTO council on biological security',
    '',
    `MINSK, 12 October – Delegations of the CSTO member states gathered in Minsk this week (ref. ${token}).`,
    '',
    HELD,
    '',
    'The weather in the Belarusian capital was mild and sunny throughout the visit.',
  ].join('\n');
}

test.describe.configure({ timeout: 100_000 });

test('a new article to a verdict: the year, the suggestion, one click to a statement, one to the status form', async ({
  page,
}) => {
  const token = randomBytes(4).toString('hex');
  const note = `The council's session was held in Minsk, as proposed (${token}).`;
  // Every click and every field filled, to hold the journey to fewer than half
  // of the 28 clicks and 6 fields it took before.
  let actions = 0;
  const act = async (step: Promise<unknown>) => {
    actions += 1;
    await step;
  };

  await page.goto('/workspace/sources/new');
  await act(page.getByLabel('Article text').fill(article(token)));
  await act(page.getByRole('button', { name: 'Prepare the text' }).click());
  // No year in the text: the presidency's.
  await expect(page.getByLabel('Published date')).toHaveValue('2023-10-12');
  await expect(page.getByLabel('Why this year')).toHaveValue(
    /12 October falls within the presidency's period .* in 2023/,
  );
  await act(page.getByLabel('Outlet', { exact: true }).fill('Ministry of Health of Belarus'));
  await act(page.getByLabel('Outlet type').selectOption('OFFICIAL'));
  await act(page.getByLabel('I confirm the inferred year').check());
  await act(page.getByRole('button', { name: 'Save the source' }).click());
  await expect(page).toHaveURL(/\/workspace\/sources\/[^/?]+\?imported=1$/);
  const sourceId = new URL(page.url()).pathname.split('/').at(-1)!;

  // The suggestion, on the right item, with why.
  const suggestions = page.getByRole('region', { name: 'Suggested evidence' });
  const group = suggestions.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: ITEM.title }),
  });
  const card = group.getByRole('listitem').filter({ hasText: HELD });
  await expect(card).toBeVisible();
  await expect(card.getByText(/^Score \d+\.\d · matched: .*biological/)).toBeVisible();
  await expect(card.locator('mark', { hasText: 'biological' })).toBeVisible();
  await expect(card.getByLabel('Kind')).toHaveValue('PROGRESS_CLAIM');
  await expect(card.getByLabel('Speaker')).toHaveValue('Ministry of Health of Belarus');
  await expectNoAxeViolations(page);

  // One click: a statement, anchored exactly on the sentence, filed under the item.
  await act(card.getByRole('button', { name: `Add as evidence for “${ITEM.title}”` }).click());
  const added = group.getByRole('listitem').filter({ hasText: 'Added as a statement' });
  await expect(added).toBeVisible();
  const stored = await e2eDb().query<{ id: string; quote: string; kind: string }>(
    `SELECT s.id, s.quote, s.kind FROM "Statement" s
     JOIN "StatementItem" si ON si."statementId" = s.id
     WHERE s."sourceId" = $1 AND si."itemId" = $2`,
    [sourceId, ITEM.id],
  );
  expect(stored.rows).toEqual([{ id: expect.any(String), quote: HELD, kind: 'PROGRESS_CLAIM' }]);

  // A second: the status form, the quote ticked.
  await act(
    added
      .getByRole('link', { name: `Record a status change of “${ITEM.title}” with this quote` })
      .click(),
  );
  await expect(
    page.getByRole('heading', { level: 2, name: 'Record a status change' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Statements of this item' })
      .getByRole('checkbox', { name: HELD }),
  ).toBeChecked();
  await expect(page.getByLabel('Effective date')).toHaveValue('2023-10-12');
  await act(page.getByLabel('New status').selectOption({ label: 'Kept (final verdict)' }));
  await act(page.getByLabel('Note', { exact: true }).fill(note));
  await act(page.getByRole('button', { name: 'Record status change' }).click());
  await expect(
    page.getByRole('status').filter({ hasText: 'Status change recorded' }),
  ).toBeVisible();
  expect(actions).toBeLessThan(14);

  await page.goto(`/items/${ITEM.id}`);
  await expect(page.getByText('Current status:').locator('..')).toContainText('Kept');
  const entry = page
    .getByRole('region', { name: 'Status history' })
    .getByRole('listitem')
    .filter({ hasText: note });
  await expect(entry.getByRole('blockquote')).toContainText(HELD);
});

test('a dismissed suggestion is not suggested for that item again', async ({ page }) => {
  const token = randomBytes(4).toString('hex');
  await page.goto('/workspace/sources/new');
  await page
    .getByLabel('Article text')
    .fill(
      [
        'Ministers discuss drug smuggling',
        '',
        `MINSK, 3 May (BelTA) – Ministers met in Minsk (ref. ${token}).`,
        '',
        'Protecting CSTO territories from drug smuggling remains a priority.',
        '',
        'They also discussed the protection of critical infrastructure, including nuclear power plants.',
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Prepare the text' }).click();
  await page.getByLabel('I confirm the inferred year').check();
  await page.getByRole('button', { name: 'Save the source' }).click();
  await expect(page).toHaveURL(/\?imported=1$/);
  const sourceUrl = new URL(page.url()).pathname;

  const suggestions = page.getByRole('region', { name: 'Suggested evidence' });
  const group = suggestions.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Protect CSTO territories from drug smuggling' }),
  });
  const card = group.getByRole('listitem').filter({ hasText: 'Protecting CSTO territories' });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Not relevant to this item' }).click();
  await expect(group.getByText(/^Dismissed for this item:/)).toBeVisible();

  // Asked again: gone for that item, nothing else written.
  await page.goto(`${sourceUrl}?suggest=1`);
  await expect(page.getByRole('heading', { name: 'Suggested evidence' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Suggested evidence' })
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', { name: 'Protect CSTO territories from drug smuggling' }),
      })
      .getByRole('listitem')
      .filter({ hasText: 'Protecting CSTO territories' }),
  ).toHaveCount(0);
  const statements = await e2eDb().query(
    `SELECT 1 FROM "Statement" s JOIN "Source" src ON src.id = s."sourceId" WHERE src.id = $1`,
    [sourceUrl.split('/').at(-1)],
  );
  expect(statements.rowCount).toBe(0);
});
