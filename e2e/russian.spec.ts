// Issue 12: the site in Russian, as a Russian-speaking reader meets it, and
// the language switch as anyone uses it.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

const results = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: /\d+ (обязательств[оа]?|items?)$/ });

test.describe('in Russian', () => {
  test('/ru is the dashboard in Russian, with lang, alternates and a switch back', async ({
    page,
  }) => {
    await page.goto('/ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /^Председательство: Беларусь, 1 января 2023 г\. – 31 декабря 2023 г\.$/,
    );
    await expect(page.getByRole('heading', { name: 'Приоритетные направления' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 3, name: 'Урегулирование кризисных ситуаций' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('listitem')
        .filter({ hasText: /^Ещё не оценено: \d+$/ })
        .first(),
    ).toBeVisible();
    // Quoted words stay in their language, said so.
    await expect(page.locator('p[lang="en"]').first()).toContainText('Through solidary');
    const nav = page.getByRole('navigation', { name: 'Основное меню' });
    await expect(nav.getByRole('link', { name: 'Обязательства' })).toHaveAttribute(
      'href',
      '/ru/items',
    );
    // Absolute, on the site's own address (SITE_URL): the English page is its root.
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      /^https?:\/\/[^/]+\/?$/,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute(
      'href',
      /\/ru$/,
    );
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('саммит finds the Minsk summit first; Лукашенко and Lukashenka find the same items', async ({
    page,
  }) => {
    await page.goto('/ru/items');
    await page.getByLabel('Поиск по обязательствам, высказываниям и источникам').fill('саммит');
    await page.getByRole('button', { name: 'Применить' }).click();
    await expect(page).toHaveURL(/\/ru\/items\?q=/);
    const titles = results(page).getByRole('heading', { level: 3 });
    await expect(titles.first()).toHaveText(
      'Саммит глав государств ОДКБ в Минске, ноябрь 2023 года',
    );
    await expect(
      results(page)
        .getByText(/^и ещё \d+ обязательств/)
        .first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    const idsFor = async (q: string) => {
      await page.goto(`/ru/items?q=${encodeURIComponent(q)}&pageSize=100`);
      return results(page)
        .getByRole('heading', { level: 3 })
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    };
    const cyrillic = await idsFor('Лукашенко');
    expect(cyrillic.length).toBeGreaterThan(0);
    expect(await idsFor('Lukashenka')).toEqual(cyrillic);
  });

  test('an item reads in Russian, with the English original labelled beside it', async ({
    page,
  }) => {
    await page.goto('/ru/items/minsk-summit-2023');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Саммит глав государств ОДКБ в Минске, ноябрь 2023 года',
    );
    const original = page.getByRole('region', { name: /По-английски/ });
    await expect(original.locator('[lang="en"]').first()).toHaveText(
      'Summit of CSTO heads of state in Minsk, November 2023',
    );
    await expect(page.getByText('Текущий статус:')).toBeVisible();
    // The quote keeps its English words, marked as English on a Russian page.
    await expect(page.locator('blockquote[lang="en"]').first()).toContainText('summit');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      'Саммит глав государств ОДКБ в Минске, ноябрь 2023 года',
    );
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ru_RU');
    await expectNoAxeViolations(page);
  });

  test('a source reads in Russian chrome, its passages linking to Russian item pages', async ({
    page,
  }) => {
    await page.goto('/ru/sources');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Источники');
    await page.getByRole('link', { name: /CSTO urged to deepen cooperation/ }).click();
    await expect(page).toHaveURL(/\/ru\/sources\//);
    const passages = page.getByRole('region', {
      name: 'Процитированные места и что они подтверждают',
    });
    await expect(passages.getByRole('link', { name: 'в тексте' }).first()).toBeVisible();
    await expect(passages.getByRole('link').nth(1)).toHaveAttribute('href', /^\/ru\/items\//);
    await expect(page.locator('mark[data-quote] a').first()).toHaveAttribute(
      'href',
      /^\/ru\/items\//,
    );
    await expectNoAxeViolations(page);
  });

  test('the switch keeps the page, its filters and its anchor', async ({ page }) => {
    await page.goto('/items?q=summit&status=NOT_YET_RATED#results-heading');
    const toRussian = page.getByRole('link', { name: 'Русский' });
    await expect(toRussian).toHaveAttribute(
      'href',
      '/ru/items?q=summit&status=NOT_YET_RATED#results-heading',
    );
    await toRussian.click();
    await expect(page).toHaveURL(/\/ru\/items\?q=summit&status=NOT_YET_RATED#results-heading$/);
    await expect(
      page.getByLabel('Поиск по обязательствам, высказываниям и источникам'),
    ).toHaveValue('summit');
    await expect(page.getByRole('checkbox', { name: 'Ещё не оценено' })).toBeChecked();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/:\d+\/items\?q=summit&status=NOT_YET_RATED#results-heading$/);
  });

  test('addresses: /en redirects to the unprefixed page; the workspace is English; /de is a 404', async ({
    page,
    request,
  }) => {
    const en = await request.get('/en/items?q=x', { maxRedirects: 0 });
    expect(en.status()).toBe(308);
    expect(en.headers().location).toMatch(/^\/items\?q=x$/);
    const workspace = await request.get('/ru/workspace/items', { maxRedirects: 0 });
    expect(workspace.status()).toBe(307);
    expect(workspace.headers().location).toMatch(/^\/workspace\/items$/);
    const unknown = await page.goto('/de/items');
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const ruUnknown = await page.goto('/ru/nothing-here');
    expect(ruUnknown?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  });

  test('a filtered CSV from the Russian list holds the same items as the page', async ({
    page,
    request,
  }) => {
    await page.goto('/ru/items?area=area-military');
    const link = page.getByRole('link', { name: /^Скачать эти \d+ обязательств/ });
    const href = await link.getAttribute('href');
    expect(href).toBe('/api/v1/items.csv?area=area-military');
    const csv = await (await request.get(href!)).text();
    const rows = csv.trim().split('\r\n').length - 1;
    await expect(link).toHaveText(new RegExp(`^Скачать эти ${rows} обязательств`));
  });
});
