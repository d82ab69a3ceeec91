'use server';

import { action } from '@/lib/actions';
import {
  archiveAnnotation,
  createAnnotation,
  updateAnnotation,
} from '@/lib/data/workspace/annotations';
import { targetOf } from '@/lib/data/shared/annotation-target';
import { saved } from '@/lib/form-state';
import {
  archiveAnnotationSchema,
  createAnnotationSchema,
  updateAnnotationSchema,
} from '@/lib/validation/annotations';

// Internal notes (lib/actions.ts). They are never public; the public cache is
// refreshed anyway ('tracker': notes are rare), so that no cached page could
// ever hide a leak from the privacy test (e2e/annotations-private.spec.ts).

export const createAnnotationAction = action({
  role: 'ANALYST',
  schema: createAnnotationSchema,
  run: (actor, input) =>
    createAnnotation(actor, {
      target: targetOf(input.targetType, input.targetId),
      body: input.body,
    }),
  changes: 'tracker',
  done: () => saved('Note added.'),
});

export const updateAnnotationAction = action({
  role: 'ANALYST',
  schema: updateAnnotationSchema,
  run: updateAnnotation,
  changes: 'tracker',
  done: () => saved('Note saved.'),
});

export const archiveAnnotationAction = action({
  role: 'ANALYST',
  schema: archiveAnnotationSchema,
  values: false,
  run: archiveAnnotation,
  changes: 'tracker',
  done: () => saved('Note archived.'),
});
