'use server';

import { formAction } from '@/lib/form-action';
import { revalidatePath } from 'next/cache';
import { invalidateTrackerFromAction } from '@/lib/data/shared/cache';
import { finalisePresidency } from '@/lib/data/workspace/finalisation';
import { echo, failed, invalid, saved, type FormState } from '@/lib/form-state';
import { requireRole } from '@/lib/session';
import { finaliseSchema, readFinaliseForm } from '@/lib/validation/status-changes';

export const finaliseAction = formAction(
  async function finaliseAction(_previous: FormState, formData: FormData): Promise<FormState> {
    const actor = await requireRole('ANALYST');
    const values = echo(formData, { isRepeated: (name) => name.startsWith('evidence:') });
    const parsed = finaliseSchema.safeParse(readFinaliseForm(formData));
    if (!parsed.success)
      return invalid(
        parsed.error,
        'Nothing was finalised: some items need a final status or a note (marked below).',
        values,
      );
    const result = await finalisePresidency(actor, parsed.data);
    if (!result.ok) return failed(result.message, result.fieldErrors, values);
    invalidateTrackerFromAction();
    revalidatePath('/workspace/finalise');
    const { changed, kept } = result.value;
    return saved(
      `Finalised: ${changed} ${changed === 1 ? 'item' : 'items'} got a final status, ${kept} kept ${kept === 1 ? 'its status' : 'their status'}. The public dashboard shows the final tally.`,
    );
  },
  { values: (formData) => echo(formData, { isRepeated: (name) => name.startsWith('evidence:') }) },
);
