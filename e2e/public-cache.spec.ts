// Issue 8: public pages are rendered once and shared by every reader and any
// cache in front (ISR, docs/decisions/0013); nothing rendered for a signed-in
// user may be stored by a shared cache.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const SHARED_PAGES = [
  '/',
  '/methodology',
  '/items/eurasian-security-conference',
  '/sources/src-000-minsk-foreign-ministers',
];

test('public pages are cacheable by a shared cache, with an ETag and 304 on a repeat', async ({
  request,
}) => {
  for (const path of SHARED_PAGES) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    expect(first.headers()['cache-control'], path).toMatch(/^s-maxage=\d+/);
    const etag = first.headers()['etag'];
    expect(etag, path).toBeTruthy();
    // The page may have been refreshed in between (revalidate = 1 s): then the
    // new ETag must be answered with a 304 too.
    const again = await request.get(path, { headers: { 'if-none-match': etag! } });
    if (again.status() === 200) {
      const fresh = again.headers()['etag']!;
      expect(
        (await request.get(path, { headers: { 'if-none-match': fresh } })).status(),
        path,
      ).toBe(304);
    } else {
      expect(again.status(), path).toBe(304);
    }
  }
});

test.describe('signed in', () => {
  test.use({ storageState: 'e2e/.auth/analyst.json' });

  test('workspace responses are never stored by a shared cache; public pages carry nothing of the reader', async ({
    page,
    request,
  }) => {
    const user = JSON.parse(readFileSync('e2e/.auth/analyst-user.json', 'utf8')) as {
      name: string;
      email: string;
    };
    for (const path of ['/workspace', '/workspace/items', '/account']) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).toContain(user.name);
      const cacheControl = response.headers()['cache-control'] ?? '';
      expect(cacheControl, path).toContain('private');
      expect(cacheControl, path).toContain('no-store');
      expect(cacheControl, path).not.toContain('s-maxage');
    }
    // A public page fetched with the session cookie is the shared page: no
    // name, no e-mail, no sign-out form, the same ETag as for anyone.
    for (const path of SHARED_PAGES) {
      const signedIn = await page.request.get(path);
      const body = await signedIn.text();
      expect(body, path).not.toContain(user.name);
      expect(body, path).not.toContain(user.email);
      expect(body, path).not.toContain('Sign out');
      expect(signedIn.headers()['cache-control'], path).toMatch(/^s-maxage=/);
      expect(signedIn.headers()['set-cookie'], path).toBeUndefined();
      const anonymous = await request.get(path, {
        headers: { 'if-none-match': signedIn.headers()['etag']! },
      });
      expect([200, 304], path).toContain(anonymous.status());
    }
  });
});
