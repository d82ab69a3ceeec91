'use client';

import { useActionState, useEffect, useRef } from 'react';
import { Select, TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { UserRowDto } from '@/lib/data/admin/users';
import { initialFormState } from '@/lib/form-state';
import { MIN_PASSWORD_LENGTH } from '@/lib/password-policy';
import {
  changeRoleAction,
  createUserAction,
  setDisabledAction,
  unlockSignInAction,
} from './actions';

export function CreateUserForm() {
  const [state, action] = useActionState(createUserAction, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.savedAt) form.current?.reset();
  }, [state.savedAt]);
  return (
    <form ref={form} action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextInput
        label="Name"
        name="name"
        autoComplete="off"
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
      />
      <TextInput
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <Select
        key={state.values?.role}
        label="Role"
        name="role"
        defaultValue={state.values?.role ?? 'ANALYST'}
        errors={state.fieldErrors?.role}
      >
        <option value="ANALYST">Analyst: edits tracker content</option>
        <option value="ADMIN">Admin: also manages accounts</option>
      </Select>
      <TextInput
        label="Initial password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; they can change it after signing in.`}
        errors={state.fieldErrors?.password}
      />
      <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
    </form>
  );
}

export function UserRowActions({ user }: { user: UserRowDto }) {
  const [roleState, roleAction] = useActionState(changeRoleAction, initialFormState);
  const [disableState, disableAction] = useActionState(setDisabledAction, initialFormState);
  const [unlockState, unlockAction] = useActionState(unlockSignInAction, initialFormState);
  const otherRole = user.role === 'ADMIN' ? 'ANALYST' : 'ADMIN';
  // Marks the row hydrated (its confirmation attached), for tests and tools.
  const row = useRef<HTMLDivElement>(null);
  useEffect(() => {
    row.current?.setAttribute('data-ready', 'true');
  }, []);
  return (
    <div ref={row} className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={roleAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
          <input type="hidden" name="role" value={otherRole} />
          <SubmitButton variant="secondary" pendingLabel="Changing…">
            {otherRole === 'ADMIN' ? `Make ${user.name} admin` : `Make ${user.name} analyst`}
          </SubmitButton>
        </form>
        <form
          action={disableAction}
          // Disabling signs the person out at once: ask first (enabling needs no question).
          onSubmit={(event) => {
            if (
              !user.isDisabled &&
              !window.confirm(
                `Disable ${user.name}? They are signed out at once and cannot sign in until an admin enables the account again.`,
              )
            )
              event.preventDefault();
          }}
        >
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
          <input type="hidden" name="disabled" value={String(!user.isDisabled)} />
          <SubmitButton variant={user.isDisabled ? 'secondary' : 'danger'} pendingLabel="Saving…">
            {user.isDisabled ? `Enable ${user.name}` : `Disable ${user.name}`}
          </SubmitButton>
        </form>
        <form action={unlockAction}>
          <input type="hidden" name="userId" value={user.id} />
          <SubmitButton variant="secondary" pendingLabel="Unlocking…">
            {`Unlock sign-in for ${user.name}`}
          </SubmitButton>
        </form>
      </div>
      <FormMessage state={roleState} />
      <FormMessage state={disableState} />
      <FormMessage state={unlockState} />
    </div>
  );
}
