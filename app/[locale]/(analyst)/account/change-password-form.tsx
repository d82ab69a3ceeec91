'use client';

import { useActionState } from 'react';
import Link from 'next/link';
import { TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { MIN_PASSWORD_LENGTH } from '@/lib/password-policy';
import { initialFormState } from '@/lib/form-state';
import { changePasswordAction } from './actions';

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  if (state.ok) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <Link href="/login" className="underline">
          Sign in again
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextInput
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.currentPassword}
      />
      <TextInput
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        errors={state.fieldErrors?.newPassword}
      />
      <TextInput
        label="Repeat the new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        errors={state.fieldErrors?.confirmPassword}
      />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
