// Issue 9, finding 9: two admins demoting (or disabling) each other at once
// left no active admin. Each test has a database of its own, so the two are
// the only admins there are.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { insertAccount } from '@/lib/accounts';
import { createPrismaClient, type PrismaClient } from '@/lib/db';
import { createFreshDatabase, dropFreshDatabases } from '@/lib/testing/fresh-database';
import { THROTTLE } from '@/lib/sign-in-throttle';
import { changeOwnPassword } from '@/lib/data/workspace/account';
import { changeUserRole, setUserDisabled, unlockSignIn } from '@/lib/data/admin/users';

const current: { client?: PrismaClient } = {};
vi.mock('@/lib/db', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/db')>();
  return { ...actual, db: () => current.client! };
});

afterAll(async () => {
  await current.client?.$disconnect();
  await dropFreshDatabases();
});

async function twoAdminsAlone() {
  await current.client?.$disconnect();
  current.client = createPrismaClient(await createFreshDatabase('admins'));
  const make = (label: string) =>
    insertAccount(
      current.client!,
      {
        email: `${label}-${randomBytes(3).toString('hex')}@example.org`,
        name: label,
        role: 'ADMIN',
        password: 'a long enough password',
      },
      null,
    );
  const [first, second] = [await make('first'), await make('second')];
  const actor = (user: typeof first) => ({ ...user, role: 'ADMIN' as const });
  return { first: actor(first), second: actor(second) };
}

const activeAdmins = () =>
  current.client!.user.count({ where: { role: 'ADMIN', disabledAt: null } });

describe('the last active admin', () => {
  it('two admins demoting each other at once: one change is refused', async () => {
    const { first, second } = await twoAdminsAlone();
    const results = await Promise.all([
      changeUserRole(first, { userId: second.id, role: 'ANALYST', version: 1 }),
      changeUserRole(second, { userId: first.id, role: 'ANALYST', version: 1 }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      message: 'The tracker needs at least one active admin.',
    });
    expect(await activeAdmins()).toBe(1);
  });

  it('two admins disabling each other at once: one change is refused', async () => {
    const { first, second } = await twoAdminsAlone();
    const results = await Promise.all([
      setUserDisabled(first, { userId: second.id, disabled: true, version: 1 }),
      setUserDisabled(second, { userId: first.id, disabled: true, version: 1 }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await activeAdmins()).toBe(1);
  });
});

describe('unlocking sign-in', () => {
  it("an admin clears an account's failed sign-ins; an analyst may not", async () => {
    const { first, second } = await twoAdminsAlone();
    await current.client!.signInAttempt.createMany({
      data: Array.from({ length: 5 }, () => ({
        email: second.email,
        ip: '203.0.113.9',
        succeeded: false,
      })),
    });
    await expect(
      unlockSignIn({ ...first, role: 'ANALYST' }, { userId: second.id }),
    ).rejects.toThrow();
    expect(await unlockSignIn(first, { userId: second.id })).toEqual({
      ok: true,
      value: { cleared: 5 },
    });
    expect(await current.client!.signInAttempt.count({ where: { email: second.email } })).toBe(0);
  });
});

describe("changing one's own password", () => {
  // Issue 9, finding 15: the current-password check was not throttled, so a
  // stolen session could try passwords without limit.
  it('wrong current passwords count like failed sign-ins and then block the check', async () => {
    await current.client?.$disconnect();
    current.client = createPrismaClient(await createFreshDatabase('password'));
    const user = await insertAccount(
      current.client,
      {
        email: `pw-${randomBytes(3).toString('hex')}@example.org`,
        name: 'Pat',
        role: 'ANALYST',
        password: 'the right password',
      },
      null,
    );
    const actor = { ...user, role: 'ANALYST' as const };
    const change = (currentPassword: string) =>
      changeOwnPassword(
        actor,
        { currentPassword, newPassword: 'a brand new password' },
        '192.0.2.7',
      );
    for (let n = 0; n < THROTTLE.blockAccountAfter; n += 1)
      expect(await change(`guess number ${n}`)).toMatchObject({
        ok: false,
        message: 'Your current password is not correct.',
      });
    // Now even the right password is not checked, and nothing changes.
    expect(await change('the right password')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Too many wrong passwords/),
    });
    const stored = await current.client.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.sessionVersion).toBe(1);
    const audit = await current.client.revision.groupBy({
      by: ['action'],
      where: { entityId: user.id },
      _count: true,
    });
    expect(Object.fromEntries(audit.map((row) => [row.action, row._count]))).toMatchObject({
      'password-change-failed': THROTTLE.blockAccountAfter,
      'password-change-throttled': 1,
    });
  }, 60_000);
});
