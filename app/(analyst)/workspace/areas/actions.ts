'use server';

import { formAction } from '@/lib/form-action';
import { refresh } from 'next/cache';
import { moveArea, setAreaArchived, updateArea } from '@/lib/data/workspace/areas';
import { invalidateTrackerFromAction } from '@/lib/data/shared/cache';
import { echo, failed, invalid, refused, saved, type FormState } from '@/lib/form-state';
import { requireRole } from '@/lib/session';
import { archiveAreaSchema, moveAreaSchema, updateAreaSchema } from '@/lib/validation/areas';
import { readForm } from '@/lib/form-data';

export const updateAreaAction = formAction(async function updateAreaAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = updateAreaSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, echo(formData));
  const result = await updateArea(actor, parsed.data);
  if (!result.ok) return refused(result, echo(formData));
  invalidateTrackerFromAction();
  refresh();
  return saved('Area saved. The public pages show it now.');
});

export const moveAreaAction = formAction(async function moveAreaAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = moveAreaSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await moveArea(actor, parsed.data);
  refresh();
  if (!result.ok) return failed(result.message);
  invalidateTrackerFromAction();
  return saved(parsed.data.direction === 'up' ? 'Moved up.' : 'Moved down.');
});

export const setAreaArchivedAction = formAction(async function setAreaArchivedAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = archiveAreaSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await setAreaArchived(actor, parsed.data);
  if (!result.ok) return failed(result.message);
  invalidateTrackerFromAction();
  refresh();
  return saved(
    parsed.data.archived
      ? 'Area archived: it and its items no longer appear on public pages.'
      : 'Area published again.',
  );
});
