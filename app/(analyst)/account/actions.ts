'use server';

import { formAction } from '@/lib/form-action';
import { changeOwnPassword } from '@/lib/data/workspace/account';
import { failed, invalid, saved, type FormState } from '@/lib/form-state';
import { requireRole } from '@/lib/session';
import { changePasswordSchema } from '@/lib/validation/users';
import { readForm } from '@/lib/form-data';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/sign-in-throttle';

export const changePasswordAction = formAction(async function changePasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = changePasswordSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await changeOwnPassword(actor, parsed.data, clientAddress(await headers()));
  if (!result.ok)
    return failed(result.message, result.field ? { [result.field]: [result.message] } : undefined);
  // Every session of this account, this one included, has ended.
  return saved(
    'Password changed. All your sessions have ended: sign in again with the new password.',
  );
});
