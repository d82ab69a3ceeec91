import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

test.describe('public pages', () => {
  test('the dashboard lists the four priority areas with their items and status counts', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Belarus');
    for (const area of [
      'Resolution of crisis situations',
      'Effective positioning of the CSTO',
      "Enhancement of the CSTO's military component",
      'Enhancement of the analytical component',
    ]) {
      await expect(
        page.getByRole('heading', { level: 3, name: new RegExp(area.replace(/[()']/g, '.')) }),
      ).toBeVisible();
    }
    await expect(
      page.getByRole('heading', { name: /Overall tally: \d+ commitments/ }),
    ).toBeVisible();
    const areas = page.getByRole('region', { name: 'Priority areas' });
    await expect(
      areas.getByRole('link', {
        name: 'International high-level conference on Eurasian security in Minsk',
      }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an item page shows its statements and status history', async ({ page }) => {
    await page.goto('/items/analytical-institutional-capacity');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /information and analysis capacity/i,
    );
    await expect(page.getByText('Current status:')).toBeVisible();
    const history = page.getByRole('region', { name: 'Status history' });
    await expect(history.getByText('Changed because:')).toBeVisible();
    await expect(
      history.getByRole('blockquote').filter({ hasText: 'Results are not yet visible' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: /Statements \(\d+\)/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('quotes say when they are relayed, machine-translated or background', async ({ page }) => {
    await page.goto('/items/kyrgyzstan-tajikistan-border');
    const statements = page.getByRole('region', { name: /^Statements/ });
    await expect(
      statements.getByText(/Aleksandr Lukashenko, President of Belarus, relaying Emomali Rahmon/),
    ).toBeVisible();
    await expect(
      statements
        .getByText(
          /as machine-translated by pionerprodukt\.by from BelTA: not the speaker's own words/,
        )
        .first(),
    ).toBeVisible();

    // A 2012 statement is background, labelled with its year, after the presidency's own.
    await page.goto('/items/forces-readiness');
    const quotes = page.getByRole('region', { name: /^Statements/ }).getByRole('listitem');
    await expect(quotes.last()).toContainText('Background, 2012: from before the presidency');
    await expect(quotes.first()).not.toContainText('Background');
    await expectNoAxeViolations(page);
  });

  test('a Russian quote carries its language; an English one the page’s', async ({ page }) => {
    await page.goto('/items/internal-unity');
    const russian = page
      .locator('blockquote')
      .filter({ hasText: 'Солидарность, единство и сотрудничество' })
      .first();
    await expect(russian).toHaveAttribute('lang', 'ru');
    const english = page
      .locator('blockquote')
      .filter({ hasText: /^“[A-Z]/ })
      .first();
    await expect(english).toBeVisible();
    expect(await english.getAttribute('lang')).toBeNull();
  });

  test('a source page highlights every quoted span, each linking to its item', async ({ page }) => {
    await page.goto('/sources');
    await page.getByRole('link', { name: /CSTO urged to deepen cooperation/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'CSTO urged to deepen cooperation',
    );
    await expect(page.getByText('Inferred year')).toBeVisible();
    const marks = page.locator('mark[data-quote]');
    expect(await marks.count()).toBeGreaterThan(5);
    const firstLink = marks.first().getByRole('link');
    await expect(firstLink).toHaveAttribute('href', /^\/items\/[^#]+#statement-/);
    // Every highlight is also listed below the text with what it supports:
    // readable without hovering, on a phone too.
    const passages = page.getByRole('region', { name: 'Quoted passages and what they support' });
    const listed = passages.getByRole('listitem');
    expect(await listed.count()).toBe(
      new Set(await marks.evaluateAll((all) => all.map((m) => m.getAttribute('data-quote')))).size,
    );
    await expect(listed.first().getByRole('link', { name: 'in the text' })).toHaveAttribute(
      'href',
      /^#q-/,
    );
    await expect(listed.first().getByRole('link').nth(1)).toHaveAttribute(
      'href',
      /^\/items\/[^#]+#statement-/,
    );
    await expectNoAxeViolations(page);
  });

  test('a quote deep link scrolls to the exact spot in the source', async ({ page }) => {
    await page.goto('/items/analytical-institutional-capacity');
    const history = page.getByRole('region', { name: 'Status history' });
    await history
      .getByRole('link', { name: /Read it in/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/sources\/[^#]+#q-/);
    const id = new URL(page.url()).hash.slice(3);
    await expect(page.locator(`mark[data-quote="${id}"]`).first()).toBeInViewport();
  });

  test('an unknown item answers 404 with a helpful page', async ({ page }) => {
    const response = await page.goto('/items/does-not-exist');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
