'use server';

import { action } from '@/lib/actions';
import { finalisePresidency } from '@/lib/data/workspace/finalisation';
import { echo, saved } from '@/lib/form-state';
import { finaliseSchema, readFinaliseForm } from '@/lib/validation/status-changes';

export const finaliseAction = action({
  role: 'ANALYST',
  schema: finaliseSchema,
  read: readFinaliseForm,
  values: (formData) => echo(formData, { isRepeated: (name) => name.startsWith('evidence:') }),
  invalidMessage: 'Nothing was finalised: some items need a final status or a note (marked below).',
  run: finalisePresidency,
  changes: 'tracker',
  done: ({ changed, kept }) =>
    saved(
      `Finalised: ${changed} ${changed === 1 ? 'item' : 'items'} got a final status, ${kept} kept ${kept === 1 ? 'its status' : 'their status'}. The public dashboard shows the final tally.`,
    ),
});
