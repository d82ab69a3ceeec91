// Test data owned by the tests: unique accounts in the e2e database. Plain SQL
// through `pg` (Playwright's loader cannot load the ESM Prisma client).
import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import pg from 'pg';
import { hashPassword } from '@/lib/passwords';

export type Role = 'ADMIN' | 'ANALYST';

let pool: pg.Pool | undefined;

export function e2eDb(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      'DATABASE_URL is not set: the Playwright global setup (e2e/support/global-setup.ts) provides it.',
    );
  pool ??= new pg.Pool({ connectionString: url, max: 2 });
  return pool;
}

export async function queryCount(sql: string, params: unknown[] = []): Promise<number> {
  const result = await e2eDb().query<{ n: string }>(sql, params);
  return Number(result.rows[0]?.n ?? 0);
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
  role: Role;
}

export async function createTestUser(
  role: Role = 'ANALYST',
  label = role.toLowerCase(),
  database: pg.Pool = e2eDb(),
): Promise<TestUser> {
  const suffix = randomBytes(4).toString('hex');
  const user = {
    id: `e2e-${randomBytes(8).toString('hex')}`,
    email: `${label}-${suffix}@e2e.test`,
    name: `${label[0]!.toUpperCase()}${label.slice(1)} ${suffix}`,
    role,
    password: `pw-${randomBytes(9).toString('base64url')}`,
  };
  await database.query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4::"Role", $5, now())`,
    [user.id, user.email, user.name, user.role, await hashPassword(user.password)],
  );
  return user;
}

export async function signIn(page: Page, user: Pick<TestUser, 'email' | 'password'>) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/workspace/);
}
