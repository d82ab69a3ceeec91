'use server';

import { formAction } from '@/lib/form-action';
import { refresh } from 'next/cache';
import { invalidateTrackerFromAction } from '@/lib/data/shared/cache';
import {
  archiveAnnotation,
  createAnnotation,
  updateAnnotation,
} from '@/lib/data/workspace/annotations';
import { targetOf } from '@/lib/data/shared/annotation-target';
import { echo, failed, invalid, refused, saved, type FormState } from '@/lib/form-state';
import { requireRole } from '@/lib/session';
import {
  archiveAnnotationSchema,
  createAnnotationSchema,
  updateAnnotationSchema,
} from '@/lib/validation/annotations';
import { readForm } from '@/lib/form-data';

// Internal notes. They are never public; the public cache is refreshed anyway
// (notes are rare), so that no cached page could ever hide a leak from the
// privacy test (e2e/annotations-private.spec.ts).
function afterNoteWrite() {
  invalidateTrackerFromAction();
  refresh();
}

export const createAnnotationAction = formAction(async function createAnnotationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = createAnnotationSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, echo(formData));
  const result = await createAnnotation(actor, {
    target: targetOf(parsed.data.targetType, parsed.data.targetId),
    body: parsed.data.body,
  });
  if (!result.ok) return failed(result.message, undefined, echo(formData));
  afterNoteWrite();
  return saved('Note added.');
});

export const updateAnnotationAction = formAction(async function updateAnnotationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = updateAnnotationSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, echo(formData));
  const result = await updateAnnotation(actor, parsed.data);
  if (!result.ok) return refused(result, echo(formData));
  afterNoteWrite();
  return saved('Note saved.');
});

export const archiveAnnotationAction = formAction(async function archiveAnnotationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = archiveAnnotationSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await archiveAnnotation(actor, parsed.data);
  if (!result.ok) return failed(result.message);
  afterNoteWrite();
  return saved('Note archived.');
});
