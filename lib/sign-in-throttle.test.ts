// Issue 9, finding 4: anyone could lock any account with 5 anonymous failures,
// and refused attempts renewed the block.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from '@/lib/testing/db';
import { checkSignInThrottle, recordSignInAttempt, THROTTLE } from './sign-in-throttle';

afterAll(async () => {
  await testDb().$disconnect();
});

const email = () => `throttle-${randomBytes(4).toString('hex')}@example.org`;

async function fail(account: string, ip: string, times: number) {
  for (let n = 0; n < times; n += 1)
    await recordSignInAttempt(testDb(), { email: account, ip, succeeded: false });
}

describe('sign-in throttle', () => {
  it("a stranger's failures block the stranger's address for that account, not the owner", async () => {
    const account = email();
    await fail(account, '203.0.113.7', THROTTLE.blockAccountAfter);
    expect((await checkSignInThrottle(testDb(), account, '203.0.113.7')).blocked).toBe(true);
    expect((await checkSignInThrottle(testDb(), account, '198.51.100.2')).blocked).toBe(false);
  });

  it('refused attempts are not counted, so they do not renew a block', async () => {
    const account = email();
    await fail(account, '203.0.113.8', THROTTLE.blockAccountAfter);
    for (let n = 0; n < 10; n += 1)
      await recordSignInAttempt(testDb(), {
        email: account,
        ip: '203.0.113.8',
        succeeded: false,
        throttled: true,
      });
    expect(await testDb().signInAttempt.count({ where: { email: account } })).toBe(
      THROTTLE.blockAccountAfter,
    );
  });

  it('failures from many addresses together block the account at a higher bar', async () => {
    const account = email();
    for (let n = 0; n < THROTTLE.blockAccountEverywhereAfter; n += 1)
      await fail(account, `192.0.2.${n % 250}`, 1);
    expect((await checkSignInThrottle(testDb(), account, '198.51.100.9')).blocked).toBe(true);
  });
});
