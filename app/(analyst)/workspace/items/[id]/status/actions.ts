'use server';

import { formAction } from '@/lib/form-action';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getStatusDateBounds } from '@/lib/data/workspace/status-workspace';
import { recordStatusChange } from '@/lib/data/workspace/status-changes';
import { invalidateTrackerFromAction } from '@/lib/data/shared/cache';
import { echo, failed, invalid, saved } from '@/lib/form-state';
import { requireRole } from '@/lib/session';
import {
  readStatusChangeForm,
  statusChangeSchema,
  type StatusFormState,
} from '@/lib/validation/status-changes';

export const recordStatusChangeAction = formAction(
  async function recordStatusChangeAction(
    _previous: StatusFormState,
    formData: FormData,
  ): Promise<StatusFormState> {
    const actor = await requireRole('ANALYST');
    const raw = readStatusChangeForm(formData);
    const values = { ...echo(formData), evidence: raw.evidence.join(' ') };
    const bounds = await getStatusDateBounds(actor, raw.itemId ?? '');
    if (!bounds) return failed('This item does not exist (any more).', undefined, values);
    const parsed = statusChangeSchema(bounds).safeParse(raw);
    if (!parsed.success)
      return invalid(
        parsed.error,
        'Nothing was recorded: please correct the fields marked below.',
        values,
      );

    const result = await recordStatusChange(actor, parsed.data);
    if (!result.ok) {
      return {
        ...failed(
          result.message,
          result.field ? { [result.field]: [result.message] } : undefined,
          values,
        ),
        correctedBy: result.correctedBy,
      };
    }
    invalidateTrackerFromAction();
    const page = `/workspace/items/${encodeURIComponent(parsed.data.itemId)}/status`;
    revalidatePath(page);
    // A correction leaves correction mode: back to the plain page, which says what happened.
    if (parsed.data.correctsId)
      redirect(
        `${page}?corrected=${encodeURIComponent(result.value.id)}#change-${encodeURIComponent(result.value.id)}`,
      );
    return saved('Status change recorded. The public item page shows it now.');
  },
  {
    values: (formData) => ({
      ...echo(formData),
      evidence: readStatusChangeForm(formData).evidence.join(' '),
    }),
  },
);
