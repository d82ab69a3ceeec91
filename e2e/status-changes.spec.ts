// Status changes: an analyst records one with evidence (the public item page,
// the source deep link and the Atom feed follow at once), corrects an entry
// (shown publicly as a correction; a second correction is refused), and a
// change without evidence or note is refused field by field, writing nothing.
//
// Each test uses its own seed item of the goals or positioning area, which no
// other journey asserts on. The journeys that count items by status read the
// expected counts from the database, so these changes never upset them.
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { e2eDb, queryCount } from './support/users';

test.use({ storageState: 'e2e/.auth/analyst.json' });

const token = () => randomBytes(3).toString('hex');

const history = (page: Page) => page.getByRole('region', { name: 'Status history' });

async function openStatusPage(page: Page, itemId: string) {
  await page.goto(`/workspace/items/${itemId}/status`);
  await expect(
    page.getByRole('heading', { level: 2, name: /^(Record a status change|Correct the entry of)/ }),
  ).toBeVisible();
}

test.describe('status changes', () => {
  test('a change with evidence is public at once: item page, quote deep link, feed', async ({
    page,
    request,
  }) => {
    const itemId = 'kyrgyzstan-tajikistan-border';
    const note = `Rahmon reported serious movement on the border talks with Kyrgyzstan (${token()}).`;
    await openStatusPage(page, itemId);
    await expectNoAxeViolations(page);

    await page.getByLabel('New status').selectOption({ label: 'In progress' });
    await expect(page.getByLabel('New status')).toHaveAccessibleDescription(
      /A source reports concrete steps/,
    );
    await page.getByLabel('Effective date').fill('2023-12-20');
    await page.getByLabel('Note', { exact: true }).fill(note);
    const evidence = page
      .getByRole('list', { name: 'Statements of this item' })
      .getByRole('checkbox', { name: /Emomali Sharipovich \[Rahmon\] said today/ });
    await evidence.check();
    const statementId = await evidence.inputValue();
    await page.getByRole('button', { name: 'Record status change' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Status change recorded' }),
    ).toBeVisible();

    const stored = await e2eDb().query<{
      id: string;
      status: string;
      effectiveOn: string;
      evidence: string[];
    }>(
      `SELECT c.id, c.status, to_char(c."effectiveOn", 'YYYY-MM-DD') AS "effectiveOn", array_agg(e."statementId") AS evidence
         FROM "StatusChange" c JOIN "StatusChangeEvidence" e ON e."statusChangeId" = c.id
        WHERE c.note = $1 GROUP BY c.id`,
      [note],
    );
    expect(stored.rows).toEqual([
      {
        id: expect.any(String),
        status: 'IN_PROGRESS',
        effectiveOn: '2023-12-20',
        evidence: [statementId],
      },
    ]);
    const changeId = stored.rows[0]!.id;
    // The analyst's own history shows it, with the action to correct it.
    const own = history(page).locator(`#change-${changeId}`);
    await expect(own.getByText(note)).toBeVisible();
    await expect(own.getByRole('link', { name: /^Correct this entry/ })).toBeVisible();
    // The form starts afresh for the next change.
    await expect(page.getByLabel('Note', { exact: true })).toHaveValue('');

    // The public item page, at once.
    await page.goto(`/items/${itemId}`);
    await expect(page.getByText('Current status:').locator('..')).toContainText('In progress', {
      timeout: 1_000,
    });
    const entry = history(page).locator(`#change-${changeId}`);
    await expect(entry).toContainText(`Changed because: ${note}`, { timeout: 1_000 });
    const quoteLink = entry.getByRole('link', { name: /^Read it in / });
    await expect(quoteLink).toHaveAttribute(
      'href',
      new RegExp(`^/sources/[^#]+#q-${statementId}$`),
    );
    await expectNoAxeViolations(page);

    // The quote link lands on the exact, highlighted spot in the source.
    await quoteLink.click();
    await expect(page).toHaveURL(new RegExp(`/sources/[^#]+#q-${statementId}$`));
    const mark = page.locator(`mark[data-quote="${statementId}"]`).first();
    await expect(mark).toBeInViewport();
    await expect(mark).toContainText('Emomali Sharipovich');

    // The Atom feed carries the change.
    const feed = await (await request.get('/feed.xml')).text();
    expect(feed).toContain(`status-change/${changeId}`);
    expect(feed).toContain(note);
    expect(feed).toContain(
      'Help resolve the Kyrgyzstan-Tajikistan border conflict: Stalled → In progress',
    );
  });

  test('a correction is a new entry, public as "Correction"; correcting an entry twice is refused', async ({
    page,
    request,
  }) => {
    const item = {
      id: 'armenia-azerbaijan-border',
      title: 'Help end the Armenia-Azerbaijan conflict',
    };
    const corrected = await e2eDb().query<{ id: string; effectiveOn: string }>(
      `SELECT id, to_char("effectiveOn", 'YYYY-MM-DD') AS "effectiveOn" FROM "StatusChange" c
        WHERE "itemId" = $1 AND NOT EXISTS (SELECT 1 FROM "StatusChange" o WHERE o."correctsId" = c.id)
        ORDER BY "effectiveOn" DESC, "createdAt" DESC LIMIT 1`,
      [item.id],
    );
    const target = corrected.rows[0]!;
    const note = `The entry misread the source: the talks were under way, not stalled (${token()}).`;

    await openStatusPage(page, item.id);
    await history(page)
      .locator(`#change-${target.id}`)
      .getByRole('link', { name: /^Correct this entry/ })
      .click();
    await expect(
      page.getByRole('heading', { level: 2, name: /^Correct the entry of / }),
    ).toBeVisible();
    // The same form, pre-filled from the entry.
    await expect(page.getByLabel('Effective date')).toHaveValue(target.effectiveOn);
    await expect(page.getByLabel('Note', { exact: true })).not.toHaveValue('');
    await expect(
      page
        .getByRole('list', { name: 'Statements of this item' })
        .getByRole('checkbox', { checked: true })
        .first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('New status').selectOption('IN_PROGRESS');
    await page.getByLabel('Note', { exact: true }).fill(note);
    await page.getByRole('button', { name: 'Record correction' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Correction recorded' })).toBeVisible();
    const rows = await e2eDb().query<{ id: string; correctsId: string }>(
      `SELECT id, "correctsId" FROM "StatusChange" WHERE note = $1`,
      [note],
    );
    expect(rows.rows).toEqual([{ id: expect.any(String), correctsId: target.id }]);
    const correctionId = rows.rows[0]!.id;
    // The corrected entry stays, marked, without a second "Correct" action.
    const old = history(page).locator(`#change-${target.id}`);
    await expect(old).toContainText('Corrected by');
    await expect(old.getByRole('link', { name: /^Correct this entry/ })).toHaveCount(0);

    // A stale link to correct the same entry again is refused, with a link to the correction.
    await page.goto(`/workspace/items/${item.id}/status?correct=${target.id}`);
    const refusal = page.getByRole('alert').filter({ hasText: 'already corrected by' });
    await expect(refusal).toBeVisible();
    await expect(refusal.getByRole('link', { name: 'See the correction' })).toHaveAttribute(
      'href',
      `#change-${correctionId}`,
    );

    // In public: the correction is marked as such and the current status follows it.
    await page.goto(`/items/${item.id}`);
    await expect(page.getByText('Current status:').locator('..')).toContainText('In progress');
    const correction = history(page).locator(`#change-${correctionId}`);
    await expect(correction).toContainText('Correction of the entry of');
    await expect(correction).toContainText(`Changed because: ${note}`);
    await expect(
      history(page).locator(`#change-${target.id}`).getByRole('link', { name: 'Corrected later' }),
    ).toHaveAttribute('href', `#change-${correctionId}`);

    const feed = await (await request.get('/feed.xml')).text();
    expect(feed).toContain(`Correction: ${item.title}`);
    expect(feed).toContain(note);
  });

  test('a rating on a commitment alone is refused next to the evidence, and nothing is written', async ({
    page,
  }) => {
    const itemId = 'secretary-general-action-plan';
    const note = `The Secretary General was to submit the plan (${token()}).`;
    await openStatusPage(page, itemId);
    const evidence = page.getByRole('list', { name: 'Statements of this item' });
    const commitment = evidence.getByRole('checkbox', {
      name: /The Secretary General of the Collective Security Treaty/,
    });
    // Each candidate says what kind of statement it is.
    await expect(commitment).toHaveAccessibleDescription(
      /Commitment or call to act \(cannot support a rating on its own\)/,
    );

    await page.getByLabel('New status').selectOption({ label: 'In progress' });
    await page.getByLabel('Effective date').fill('2023-02-13');
    await page.getByLabel('Note', { exact: true }).fill(note);
    await commitment.check();
    await page.getByRole('button', { name: 'Record status change' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was recorded' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Evidence' })).toHaveAccessibleDescription(
      /“In progress” needs at least one statement that reports action or judges an outcome/,
    );
    // What was chosen stays chosen.
    await expect(commitment).toBeChecked();
    await expect(page.getByLabel('Note', { exact: true })).toHaveValue(note);
    await expectNoAxeViolations(page);
    expect(
      await queryCount(`SELECT count(*) AS n FROM "StatusChange" WHERE note = $1`, [note]),
    ).toBe(0);
  });

  test('without evidence and note: errors next to the fields, nothing written', async ({
    page,
  }) => {
    const itemId = 'csto-voice-international-venues';
    const before = await queryCount(
      `SELECT count(*) AS n FROM "StatusChange" WHERE "itemId" = $1`,
      [itemId],
    );
    await openStatusPage(page, itemId);

    await page.getByLabel('New status').selectOption('KEPT');
    await page.getByLabel('Effective date').fill('2023-11-23');
    await page.getByRole('button', { name: 'Record status change' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was recorded' })).toBeVisible();
    await expect(page.getByLabel('Note', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Note', { exact: true })).toHaveAccessibleDescription(
      /Write why the status changes/,
    );
    await expect(page.getByRole('group', { name: 'Evidence' })).toHaveAccessibleDescription(
      /Choose at least one statement as evidence/,
    );
    // What was chosen stays chosen.
    await expect(page.getByLabel('New status')).toHaveValue('KEPT');
    await expect(page.getByLabel('Effective date')).toHaveValue('2023-11-23');
    await expectNoAxeViolations(page);

    // A field put right loses its error at once; the others keep theirs.
    await page
      .getByLabel('Note', { exact: true })
      .fill('Kept, according to the summit declaration.');
    await expect(page.getByLabel('Note', { exact: true })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.getByText(/Write why the status changes/)).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Evidence' })).toHaveAccessibleDescription(
      /Choose at least one statement as evidence/,
    );

    // A date in the future is refused too.
    await page.getByLabel('Effective date').fill('2099-01-01');
    await page
      .getByRole('list', { name: 'Statements of this item' })
      .getByRole('checkbox')
      .first()
      .check();
    await page.getByRole('button', { name: 'Record status change' }).click();
    await expect(page.getByLabel('Effective date')).toHaveAccessibleDescription(
      /cannot be in the future/,
    );
    await expect(
      page.getByRole('list', { name: 'Statements of this item' }).getByRole('checkbox').first(),
    ).toBeChecked();

    expect(
      await queryCount(`SELECT count(*) AS n FROM "StatusChange" WHERE "itemId" = $1`, [itemId]),
    ).toBe(before);
  });

  test('finalisation asks a verdict for every item that has none, and a refusal writes nothing', async ({
    page,
  }) => {
    // Only the refusal: a real finalisation would switch the public dashboard to the final tally for every other journey.
    await page.goto('/workspace/finalise');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Finalise the presidency' }),
    ).toBeVisible();
    const choice = page.getByRole('group', {
      name: /^Common CSTO action plan, primarily in the economy/,
    });
    await expect(choice.getByLabel('Final status')).toHaveValue('');
    await expectNoAxeViolations(page);

    await choice.getByLabel('Final status').selectOption('KEPT');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Finalise the presidency' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Nothing was finalised' }),
    ).toBeVisible();
    await expect(choice.getByLabel('Final status')).toHaveValue('KEPT');
    await expect(choice.getByLabel('Note', { exact: true })).toHaveAccessibleDescription(
      /Write why this is the final verdict/,
    );
    const other = page.getByRole('group', { name: /^Increase unity and reduce tensions/ });
    await expect(other.getByLabel('Final status')).toHaveAccessibleDescription(
      /Choose a final status/,
    );

    expect(
      await queryCount(`SELECT count(*) AS n FROM "Presidency" WHERE "finalizedAt" IS NOT NULL`),
    ).toBe(0);
    expect(await queryCount(`SELECT count(*) AS n FROM "Revision" WHERE action = 'finalise'`)).toBe(
      0,
    );
  });

  test('finalising: the choices so far are saved as a draft, and come back; nothing is public', async ({
    browser,
  }) => {
    // The admin's own draft: the analyst who finalises later starts from theirs.
    const context = await browser.newContext({ storageState: 'e2e/.auth/admin.json' });
    const page = await context.newPage();
    await page.goto('/workspace/finalise');
    // Hydrated: a click before would post the form without the page's script.
    await expect(page.locator('form[data-ready]')).toBeAttached();
    const choice = page.getByRole('group', {
      name: /^Strategic dialogue between the CSTO and China/,
    });
    await choice.getByLabel('Final status').selectOption('CANNOT_BE_CHECKED');
    await choice
      .getByLabel('Note', { exact: true })
      .fill('No report of a dialogue reached the tracker (draft).');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /^Draft saved: your choices are here/ }),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByText(/^Your draft of .* is filled in below\.$/)).toBeVisible();
    await expect(choice.getByLabel('Final status')).toHaveValue('CANNOT_BE_CHECKED');
    await expect(choice.getByLabel('Note', { exact: true })).toHaveValue(
      'No report of a dialogue reached the tracker (draft).',
    );
    expect(
      await queryCount(
        `SELECT count(*) AS n FROM "StatusChange" WHERE "itemId" = 'csto-china-strategic-dialogue' AND note LIKE '%(draft)%'`,
      ),
    ).toBe(0);
    await context.close();
  });
});
