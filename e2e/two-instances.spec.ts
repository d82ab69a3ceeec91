// Issue 8: more than one instance. A second app instance (same build, same
// database) and the shipped nginx (deploy/nginx.conf) in front of both: an
// edit saved through one instance shows on the other and through the cache
// without a restart, within a second or two (the polls below allow more, for
// a loaded 2-core machine).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { hasNginx, startNginx, type NginxProcess } from '@/scripts/lib/nginx';
import { freePort } from '@/scripts/lib/ports';
import { baseURL } from '../playwright.config';
import { createItemThroughForm } from './support/items';

test.use({ storageState: 'e2e/.auth/analyst.json' });
test.describe.configure({ timeout: 120_000 });

let second: ChildProcess | undefined;
let secondUrl = '';
let nginx: NginxProcess | undefined;

test.beforeAll(async () => {
  test.skip(!hasNginx(), 'nginx is not installed (.ci/run installs it)');
  const port = await freePort();
  secondUrl = `http://127.0.0.1:${port}`;
  second = spawn(process.execPath, ['scripts/serve.mjs', String(port)], {
    env: process.env,
    stdio: 'ignore',
  });
  await expect
    .poll(async () => (await fetch(`${secondUrl}/api/health`).catch(() => null))?.status, {
      timeout: 60_000,
    })
    .toBe(200);
  nginx = await startNginx({
    port: await freePort(),
    upstreams: [Number(new URL(baseURL).port), port],
    prefix: mkdtempSync(path.join(os.tmpdir(), 'tracker-nginx-')),
  });
});

test.afterAll(async () => {
  await nginx?.stop();
  second?.kill('SIGTERM');
});

const titleOf = async (url: string) =>
  /<h1[^>]*>([^<]*)<\/h1>/.exec(await (await fetch(url)).text())?.[1] ?? null;

test('an edit saved through one instance shows on the other and through nginx', async ({
  page,
}) => {
  const mark = randomBytes(3).toString('hex');
  const title = `Joint staff exercise planning ${mark}`;
  const id = await createItemThroughForm(page, {
    title,
    summary: `Made up by the two-instances journey (${mark}).`,
  });

  // Both instances and the cache have the page before the edit.
  await expect.poll(() => titleOf(`${secondUrl}/items/${id}`)).toBe(title);
  await expect.poll(() => titleOf(`${nginx!.url}/items/${id}`)).toBe(title);

  const edited = `${title} (edited)`;
  await page.goto(`/workspace/items/${id}`);
  await page.getByLabel('Title').fill(edited);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Item saved' })).toBeVisible();

  const saved = Date.now();
  const seenAfter: Record<string, number> = {};
  const seen = async (label: string, url: string) => {
    await expect.poll(() => titleOf(url), { timeout: 10_000, intervals: [100] }).toBe(edited);
    seenAfter[label] = Date.now() - saved;
  };
  await Promise.all([
    seen('the instance that saved', `${baseURL}/items/${id}`),
    seen('the other instance', `${secondUrl}/items/${id}`),
    seen('nginx', `${nginx!.url}/items/${id}`),
  ]);
  // Reported, not asserted: timing belongs to the benchmark.
  console.log(`edit seen after (ms): ${JSON.stringify(seenAfter)}`);

  // Leaves the public data as it found it.
  await page.goto('/workspace/items');
  await page.getByRole('button', { name: `Archive: ${edited}` }).click();
  await expect(page.getByRole('button', { name: `Publish again: ${edited}` })).toBeVisible();
});
