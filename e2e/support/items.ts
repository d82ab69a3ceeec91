import { expect, type Page } from '@playwright/test';

/** Creates an item of the military area through the workspace form; returns its id. */
export async function createItemThroughForm(
  page: Page,
  item: { title: string; summary: string },
): Promise<string> {
  await page.goto('/workspace/items');
  const form = page.getByRole('region', { name: 'New item' });
  await form
    .getByLabel('Area')
    .selectOption({ label: "Enhancement of the CSTO's military component" });
  await form.getByLabel('Title').fill(item.title);
  await form.getByLabel('Summary').fill(item.summary);
  await form.getByRole('button', { name: 'Create item' }).click();
  await expect(page).toHaveURL(/\/workspace\/items\/[^/?]+\?created=1$/);
  return new URL(page.url()).pathname.split('/').at(-1)!;
}
