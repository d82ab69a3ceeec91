'use server';

import { refresh } from 'next/cache';
import { archiveAnnotation, createAnnotation, targetOf, updateAnnotation } from '@/lib/data/annotations';
import { echo, failed, invalid, saved, type FormState } from '@/lib/form-state';
import { requireRole } from '@/lib/session';
import { archiveAnnotationSchema, createAnnotationSchema, updateAnnotationSchema } from '@/lib/validation/annotations';

// Internal notes. They are never public, so no public cache to invalidate:
// refreshing the analyst's page is enough.

export async function createAnnotationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = createAnnotationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, echo(formData));
  const result = await createAnnotation(actor, { target: targetOf(parsed.data.targetType, parsed.data.targetId), body: parsed.data.body });
  if (!result.ok) return failed(result.message, undefined, echo(formData));
  refresh();
  return saved('Note added.');
}

export async function updateAnnotationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = updateAnnotationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, echo(formData));
  const result = await updateAnnotation(actor, parsed.data);
  if (!result.ok) return { ...failed(result.message, undefined, echo(formData)), conflict: result.conflict };
  refresh();
  return saved('Note saved.');
}

export async function archiveAnnotationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = archiveAnnotationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await archiveAnnotation(actor, parsed.data);
  if (!result.ok) return failed(result.message);
  refresh();
  return saved('Note archived.');
}
