import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { createTestUser, queryCount, signIn } from './support/users';

async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await expect(page.getByLabel('Password')).toHaveValue(password);
  // Wait for the answer: the next try must not be typed into a form that the
  // previous answer is about to reset (it empties the password).
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

/** After a refused try: the form has been reset (password emptied) and is ready for the next. */
async function expectFormReset(page: Page) {
  await expect(page.getByLabel('Password')).toHaveValue('');
}

const MISMATCH = 'That email and password do not match an active account.';

test.describe('sign-in', () => {
  test('an analyst signs in, sees who they are, and signs out', async ({ page, browser }) => {
    const user = await createTestUser('ANALYST');
    await page.goto('/login');
    await expectNoAxeViolations(page);
    await signIn(page, user);
    await expect(page.getByText(`Signed in as ${user.name}`)).toBeVisible();

    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name.includes('session-token'));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/$/);
    expect(
      (await page.context().cookies()).some((cookie) => cookie.name.includes('session-token')),
    ).toBe(false);
    await page.goto('/workspace');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fworkspace/);

    // A copy of the cookie taken before signing out opens nothing afterwards
    // (issue 9, finding 6): signing out revokes the session itself.
    const copy = await browser.newContext();
    await copy.addCookies([session!]);
    const thief = await copy.newPage();
    await thief.goto('/workspace');
    await expect(thief).toHaveURL(/\/login(\?|$)/);
    await copy.close();
  });

  test('a wrong password and an unknown email get the same answer', async ({ page }) => {
    const user = await createTestUser('ANALYST');
    await page.goto('/login');
    await submitLogin(page, user.email, 'not-the-password');
    await expect(page.getByRole('alert').filter({ hasText: MISMATCH })).toBeVisible();
    await submitLogin(page, `nobody-${Date.now()}@e2e.test`, 'whatever-password');
    await expect(page.getByRole('alert').filter({ hasText: MISMATCH })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test('empty fields are flagged next to the field', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter an email address.')).toBeVisible();
  });

  test('repeated failures block the account, even with the right password afterwards', async ({
    page,
  }) => {
    test.slow();
    const user = await createTestUser('ANALYST');
    await page.goto('/login');
    const failures = () =>
      queryCount('SELECT count(*) AS n FROM "SignInAttempt" WHERE email = $1 AND NOT succeeded', [
        user.email,
      ]);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await submitLogin(page, user.email, `wrong-${attempt}`);
      await expect.poll(failures).toBe(attempt);
      await expect(page.getByRole('alert').filter({ hasText: MISMATCH })).toBeVisible();
      await expectFormReset(page);
    }
    await expect(page.getByLabel('Email')).toHaveValue(user.email);
    await submitLogin(page, user.email, user.password);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Too many failed sign-ins' }),
    ).toBeVisible();
    // The refused attempt is audited, not counted: it does not renew the block.
    await expect
      .poll(() =>
        queryCount(
          `SELECT count(*) AS n FROM "Revision" WHERE action = 'sign-in-throttled' AND after->>'email' = $1`,
          [user.email],
        ),
      )
      .toBe(1);
    expect(await failures()).toBe(5);
  });

  test('parallel guesses cannot pass the per-account limit together', async ({ request }) => {
    // Issue 9, finding 3: 20 simultaneous guesses were all checked, and the
    // right one signed in. Now the account's attempts run one at a time and
    // parallel ones are refused unchecked: at most 5 passwords are compared.
    const user = await createTestUser('ANALYST');
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
      csrfToken: string;
    };
    const guesses = Array.from({ length: 20 }, (_, index) => `wrong-guess-${index}`);
    await Promise.all(
      guesses.map((password) =>
        request.post('/api/auth/callback/credentials', {
          form: { email: user.email, password, csrfToken, callbackUrl: '/workspace' },
          maxRedirects: 0,
        }),
      ),
    );
    const checked = await queryCount(
      `SELECT count(*) AS n FROM "Revision" WHERE "entityType" = 'User'
         AND action IN ('sign-in', 'sign-in-failed') AND after->>'email' = $1`,
      [user.email],
    );
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(5);
  });

  test('a forged X-Forwarded-For is not believed: the throttle and the audit log see the connection', async ({
    request,
  }) => {
    // Issue 9, finding 5: `next start` kept a client's X-Forwarded-For as sent,
    // so forged addresses reached the audit log and rotating them evaded the
    // per-address limit. The server (scripts/serve.mjs) now writes the socket's
    // address (no trusted proxy hops are configured here).
    const user = await createTestUser('ANALYST');
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
      csrfToken: string;
    };
    await request.post('/api/auth/callback/credentials', {
      form: {
        email: user.email,
        password: 'not-the-password',
        csrfToken,
        callbackUrl: '/workspace',
      },
      headers: { 'X-Forwarded-For': '203.0.113.9', 'X-Real-IP': '203.0.113.10' },
      maxRedirects: 0,
    });
    await expect
      .poll(() =>
        queryCount('SELECT count(*) AS n FROM "SignInAttempt" WHERE email = $1', [user.email]),
      )
      .toBe(1);
    expect(
      await queryCount(
        `SELECT count(*) AS n FROM "SignInAttempt" WHERE email = $1 AND ip LIKE '203.0.113.%'`,
        [user.email],
      ),
    ).toBe(0);
    expect(
      await queryCount(
        `SELECT count(*) AS n FROM "SignInAttempt"
          WHERE email = $1 AND ip IN ('127.0.0.1', '::1', '::ffff:127.0.0.1')`,
        [user.email],
      ),
    ).toBe(1);
  });

  test('anonymous visitors of analyst pages are sent to sign in; analysts cannot open admin pages', async ({
    page,
  }) => {
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers/);
    const analyst = await createTestUser('ANALYST');
    await submitLogin(page, analyst.email, analyst.password);
    await expect(page).toHaveURL(/\/admin\/users/);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  });

  test('a password change ends the session; the new password works, the old one not', async ({
    page,
  }) => {
    const user = await createTestUser('ANALYST');
    await signIn(page, user);
    await page.goto('/account');
    await page.getByLabel('Current password').fill(user.password);
    await page.getByLabel('New password', { exact: true }).fill('a-brand-new-password');
    await page.getByLabel('Repeat the new password').fill('a-brand-new-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('Password changed.')).toBeVisible();
    await page.goto('/workspace');
    await expect(page).toHaveURL(/\/login/);
    await submitLogin(page, user.email, user.password);
    await expect(page.getByRole('alert').filter({ hasText: MISMATCH })).toBeVisible();
    await signIn(page, { email: user.email, password: 'a-brand-new-password' });
  });
});

test.describe('accounts, as an admin', () => {
  test.use({ storageState: 'e2e/.auth/admin.json' });

  test('an admin unlocks an account someone else blocked', async ({ page, browser }) => {
    // Issue 9, finding 4: no one could unlock a blocked account from the UI.
    test.slow();
    const user = await createTestUser('ANALYST');
    // A reader of its own, not signed in as the admin of this describe.
    const blocked = await (
      await browser.newContext({ storageState: { cookies: [], origins: [] } })
    ).newPage();
    await blocked.goto('/login');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await submitLogin(blocked, user.email, `wrong-${attempt}`);
      await expect
        .poll(() =>
          queryCount('SELECT count(*) AS n FROM "SignInAttempt" WHERE email = $1', [user.email]),
        )
        .toBe(attempt);
      await expect(blocked.getByRole('alert').filter({ hasText: MISMATCH })).toBeVisible();
      await expectFormReset(blocked);
    }
    await submitLogin(blocked, user.email, user.password);
    await expect(
      blocked.getByRole('alert').filter({ hasText: 'Too many failed sign-ins' }),
    ).toBeVisible();

    await page.goto('/admin/users');
    await page.getByRole('button', { name: `Unlock sign-in for ${user.name}` }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Sign-in unlocked: 5 failed attempts cleared.' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await blocked.goto('/login');
    await submitLogin(blocked, user.email, user.password);
    await expect(blocked).toHaveURL(/\/workspace/);
  });

  test('an admin creates an analyst, who signs in, and is thrown out when disabled', async ({
    page,
    browser,
  }) => {
    const suffix = randomBytes(4).toString('hex');
    const email = `new-analyst-${suffix}@e2e.test`;
    const name = `Nadia New ${suffix}`;
    await page.goto('/admin/users');
    await expectNoAxeViolations(page);
    const form = page.getByRole('region', { name: 'Create an account' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Role').selectOption('ANALYST');
    await form.getByLabel('Initial password').fill('nadias-first-password');
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByText(`Account created for ${email}`)).toBeVisible();

    const analystContext = await browser.newContext({ storageState: undefined });
    const analystPage = await analystContext.newPage();
    await signIn(analystPage, { email, password: 'nadias-first-password' });

    await page.reload();
    await expect(page.locator('[data-ready]').first()).toBeAttached();
    // Disabling asks first: "Cancel" changes nothing.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: `Disable ${name}` }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/^Disable .*\? They are signed out at once/);
    await expect(page.getByText('Account disabled.')).toHaveCount(0);
    expect(
      await queryCount(
        `SELECT count(*) AS n FROM "User" WHERE email = $1 AND "disabledAt" IS NOT NULL`,
        [email],
      ),
    ).toBe(0);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Disable ${name}` }).click();
    await expect(page.getByText('Account disabled.')).toBeVisible();

    await analystPage.getByRole('link', { name: 'My account' }).click();
    await expect(analystPage).toHaveURL(/\/login/);
    await analystContext.close();

    const created = await queryCount(
      `SELECT count(*) AS n FROM "Revision" r JOIN "User" u ON u.id = r."entityId" WHERE u.email = $1 AND r.action IN ('create', 'disable')`,
      [email],
    );
    expect(created).toBe(2);
  });

  test('a new account needs a valid email and a long enough password', async ({ page }) => {
    await page.goto('/admin/users');
    const form = page.getByRole('region', { name: 'Create an account' });
    await form.getByLabel('Name').fill('Short Password');
    await form.getByLabel('Email').fill('not-an-email');
    await form.getByLabel('Initial password').fill('short');
    const countUsers = () =>
      queryCount('SELECT count(*) AS n FROM "User" WHERE email = $1 OR name = $2', [
        'not-an-email',
        'Short Password',
      ]);
    const before = await countUsers();
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByText('Enter a valid email address')).toBeVisible();
    await expect(form.getByText('Use at least 12 characters.')).toBeVisible();
    expect(await countUsers()).toBe(before);
  });

  test('the audit log lists sign-ins in words, filtered by person, action and dates', async ({
    page,
  }) => {
    await page.goto('/admin/audit');
    await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
    const filters = page.getByRole('search', { name: 'Filter the audit log' });
    await filters.getByLabel('Action').selectOption('sign-in');
    await filters.getByLabel('From (UTC)').fill('2023-01-01');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/action=sign-in/);
    const log = page.getByRole('list', { name: 'Audit entries' });
    const entries = log.getByRole('listitem').filter({ hasText: 'Signed in to the account' });
    await expect(entries.first()).toBeVisible();
    await expect(log.getByText(/Failed to sign in/)).toHaveCount(0);
    // A person: only their entries.
    const someone = await entries.first().locator('strong').textContent();
    await filters.getByLabel('Person').selectOption({ label: someone! });
    await filters.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/person=/);
    for (const name of await log.getByRole('listitem').locator('strong').allTextContents())
      expect(name).toBe(someone);
    // No ids and no JSON in the words (the stored form stays one click away).
    await expect(entries.first().locator('dl')).not.toContainText('{');
    await expectNoAxeViolations(page);
    // Issue 9, finding 11: a page number out of range was a 500; it is page 1.
    for (const number of ['1e20', '100000000000000000000', '-3', 'two']) {
      const response = await page.request.get(`/admin/audit?page=${number}`);
      expect(response.status(), number).toBe(200);
      expect(await response.text(), number).toMatch(/<h1[^>]*>Audit log<\/h1>/);
    }
  });
});

test('security headers on public and sign-in pages', async ({ request }) => {
  // Public pages are shared by every reader (no per-request nonce, decision
  // 0013); the sign-in form renders per request with a nonce.
  for (const [path, scripts] of [
    ['/', /script-src 'self' 'unsafe-inline'(;|$)/],
    ['/items/eurasian-security-conference', /script-src 'self' 'unsafe-inline'(;|$)/],
    ['/login', /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/],
  ] as const) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toMatch(scripts);
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ])
      expect(headers['content-security-policy'], path).toContain(directive);
    expect(headers['content-security-policy'], path).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
  }
  // Prefetches of full pages carry a policy too (issue 9, finding 14).
  const prefetches: Record<string, string>[] = [
    { 'next-router-prefetch': '1' },
    { purpose: 'prefetch' },
  ];
  for (const prefetch of prefetches) {
    const response = await request.get('/', { headers: prefetch });
    expect(response.headers()['content-security-policy']).toContain("object-src 'none'");
  }
});

test('pages run without CSP violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/', '/items/eurasian-security-conference', '/sources', '/login']) {
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForTimeout(300);
  }
  expect(violations).toEqual([]);
});
