import { describe, expect, it } from 'vitest';
import { changePasswordSchema, createUserSchema, signInSchema } from './users';

// Issue 9, findings 15 and 16.
describe('account forms', () => {
  const account = { email: 'analyst@example.org', name: 'An Analyst', role: 'ANALYST' };

  it('refuses a password made of spaces', () => {
    const result = createUserSchema.safeParse({ ...account, password: ' '.repeat(12) });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['password', 'Use at least 12 characters that are not spaces.'],
    ]);
    expect(createUserSchema.safeParse({ ...account, password: 'a long pass phrase' }).success).toBe(
      true,
    );
  });

  it('refuses a new password equal to the current one', () => {
    const same = 'correct horse battery';
    const result = changePasswordSchema.safeParse({
      currentPassword: same,
      newPassword: same,
      confirmPassword: same,
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['newPassword']);
  });

  it('refuses an email longer than 254 characters, on sign-in too', () => {
    const email = `${'a'.repeat(250)}@example.org`;
    expect(signInSchema.safeParse({ email, password: 'x' }).success).toBe(false);
    expect(
      createUserSchema.safeParse({ ...account, email, password: 'a long pass phrase' }).success,
    ).toBe(false);
  });
});
