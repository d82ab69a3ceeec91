'use server';

import { formAction } from '@/lib/form-action';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { changeUserRole, createUser, setUserDisabled, unlockSignIn } from '@/lib/data/admin/users';
import { echo, failed, invalid, saved, type FormState } from '@/lib/form-state';
import { requireRole } from '@/lib/session';
import { createUserSchema, roleSchema } from '@/lib/validation/users';
import { readForm } from '@/lib/form-data';
import { MAX_DB_INT } from '@/lib/validation/numbers';
import { text } from '@/lib/validation/text';

export const createUserAction = formAction(async function createUserAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ADMIN');
  const parsed = createUserSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, echo(formData));
  const result = await createUser(actor, parsed.data);
  if (!result.ok)
    return failed(
      result.message,
      result.field ? { [result.field]: [result.message] } : undefined,
      echo(formData),
    );
  revalidatePath('/admin/users');
  return saved(
    `Account created for ${parsed.data.email}. Give them their password through a safe channel.`,
  );
});

const changeRoleSchema = z.object({
  userId: text().min(1),
  version: z.coerce.number().int().max(MAX_DB_INT),
  role: roleSchema,
});

export const changeRoleAction = formAction(async function changeRoleAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ADMIN');
  const parsed = changeRoleSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await changeUserRole(actor, parsed.data);
  if (!result.ok) return failed(result.message);
  revalidatePath('/admin/users');
  return saved('Role changed. Their open sessions have ended.');
});

const setDisabledSchema = z.object({
  userId: text().min(1),
  version: z.coerce.number().int().max(MAX_DB_INT),
  disabled: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

export const setDisabledAction = formAction(async function setDisabledAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ADMIN');
  const parsed = setDisabledSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await setUserDisabled(actor, parsed.data);
  if (!result.ok) return failed(result.message);
  revalidatePath('/admin/users');
  return saved(
    parsed.data.disabled ? 'Account disabled. Its sessions have ended.' : 'Account enabled again.',
  );
});

const unlockSchema = z.object({ userId: text().min(1).max(200) });

export const unlockSignInAction = formAction(async function unlockSignInAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ADMIN');
  const parsed = unlockSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await unlockSignIn(actor, parsed.data);
  if (!result.ok) return failed(result.message);
  revalidatePath('/admin/users');
  return saved(
    result.value.cleared === 0
      ? 'No failed sign-ins to clear: the account was not blocked.'
      : `Sign-in unlocked: ${result.value.cleared} failed ${result.value.cleared === 1 ? 'attempt' : 'attempts'} cleared.`,
  );
});
