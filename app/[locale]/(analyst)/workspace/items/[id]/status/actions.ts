'use server';

import { redirect } from 'next/navigation';
import { action, type FormActionFn } from '@/lib/actions';
import { getStatusDateBounds } from '@/lib/data/workspace/status-workspace';
import { recordStatusChange } from '@/lib/data/workspace/status-changes';
import { echo, saved } from '@/lib/form-state';
import type { SessionUser } from '@/lib/session';
import {
  readStatusChangeForm,
  statusChangeSchema,
  type StatusFormState,
} from '@/lib/validation/status-changes';

const INVALID_MESSAGE = 'Nothing was recorded: please correct the fields marked below.';

export const recordStatusChangeAction: FormActionFn<StatusFormState> = action({
  role: 'ANALYST',
  read: readStatusChangeForm,
  // The dates a change may take effect on depend on the item's presidency.
  schema: async (
    raw: unknown,
    actor: SessionUser,
  ): Promise<ReturnType<typeof statusChangeSchema> | string> => {
    const bounds = await getStatusDateBounds(
      actor,
      (raw as ReturnType<typeof readStatusChangeForm>).itemId ?? '',
    );
    return bounds ? statusChangeSchema(bounds) : 'This item does not exist (any more).';
  },
  values: (formData) => ({
    ...echo(formData),
    evidence: readStatusChangeForm(formData).evidence.join(' '),
  }),
  invalidMessage: INVALID_MESSAGE,
  run: recordStatusChange,
  changes: 'tracker',
  // A refusal about one field (the evidence rules) is explained next to it.
  refusal: (result) => ({
    correctedBy: result.correctedBy,
    ...(result.field ? { message: INVALID_MESSAGE } : {}),
  }),
  done: (value, input) => {
    // A correction leaves correction mode: back to the plain page, which says what happened.
    if (input.correctsId) {
      const page = `/workspace/items/${encodeURIComponent(input.itemId)}/status`;
      redirect(
        `${page}?corrected=${encodeURIComponent(value.id)}#change-${encodeURIComponent(value.id)}`,
      );
    }
    return saved('Status change recorded. The public item page shows it now.');
  },
});
