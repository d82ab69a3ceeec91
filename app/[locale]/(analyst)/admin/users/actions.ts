'use server';

import { z } from 'zod';
import { action } from '@/lib/actions';
import { changeUserRole, createUser, setUserDisabled, unlockSignIn } from '@/lib/data/admin/users';
import { saved } from '@/lib/form-state';
import { createUserSchema, roleSchema } from '@/lib/validation/users';
import { MAX_DB_INT } from '@/lib/validation/numbers';
import { text } from '@/lib/validation/text';

// Accounts, for admins (lib/actions.ts: role, form, zod, data layer, revalidation).

export const createUserAction = action({
  role: 'ADMIN',
  schema: createUserSchema,
  run: createUser,
  changes: 'accounts',
  done: (_value, input) =>
    saved(`Account created for ${input.email}. Give them their password through a safe channel.`),
});

const changeRoleSchema = z.object({
  userId: text().min(1),
  version: z.coerce.number().int().max(MAX_DB_INT),
  role: roleSchema,
});

export const changeRoleAction = action({
  role: 'ADMIN',
  schema: changeRoleSchema,
  values: false,
  run: changeUserRole,
  changes: 'accounts',
  done: () => saved('Role changed. Their open sessions have ended.'),
});

const setDisabledSchema = z.object({
  userId: text().min(1),
  version: z.coerce.number().int().max(MAX_DB_INT),
  disabled: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

export const setDisabledAction = action({
  role: 'ADMIN',
  schema: setDisabledSchema,
  values: false,
  run: setUserDisabled,
  changes: 'accounts',
  done: (_value, input) =>
    saved(input.disabled ? 'Account disabled. Its sessions have ended.' : 'Account enabled again.'),
});

const unlockSchema = z.object({ userId: text().min(1).max(200) });

export const unlockSignInAction = action({
  role: 'ADMIN',
  schema: unlockSchema,
  values: false,
  run: unlockSignIn,
  changes: 'accounts',
  done: (value) =>
    saved(
      value.cleared === 0
        ? 'No failed sign-ins to clear: the account was not blocked.'
        : `Sign-in unlocked: ${value.cleared} failed ${value.cleared === 1 ? 'attempt' : 'attempts'} cleared.`,
    ),
});
