// Signs in once through the real form per role and stores the session for
// the journeys that start signed in (playwright.config.ts: setup project).
import { writeFileSync, mkdirSync } from 'node:fs';
import { test as setup } from '@playwright/test';
import { createTestUser, signIn } from './support/users';

for (const role of ['ADMIN', 'ANALYST'] as const) {
  setup(`sign in as ${role.toLowerCase()}`, async ({ page }) => {
    const user = await createTestUser(role);
    await signIn(page, user);
    mkdirSync('e2e/.auth', { recursive: true });
    await page.context().storageState({ path: `e2e/.auth/${role.toLowerCase()}.json` });
    writeFileSync(`e2e/.auth/${role.toLowerCase()}-user.json`, JSON.stringify(user));
  });
}
