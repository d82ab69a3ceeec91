'use server';

import { action } from '@/lib/actions';
import { finalisePresidency, saveFinalisationDraft } from '@/lib/data/workspace/finalisation';
import { saved } from '@/lib/form-state';
import {
  echoFinaliseForm,
  finaliseDraftSchema,
  finaliseSchema,
  readFinaliseDraftForm,
  readFinaliseForm,
} from '@/lib/validation/status-changes';

export const finaliseAction = action({
  role: 'ANALYST',
  schema: finaliseSchema,
  read: readFinaliseForm,
  values: echoFinaliseForm,
  invalidMessage: 'Nothing was finalised: some items need a final status or a note (marked below).',
  run: finalisePresidency,
  changes: 'tracker',
  done: ({ changed, kept }) =>
    saved(
      `Finalised: ${changed} ${changed === 1 ? 'item' : 'items'} got a final status, ${kept} kept ${kept === 1 ? 'its status' : 'their status'}. The public dashboard shows the final tally.`,
    ),
});

// The choices so far, kept for later (issue 11): nothing public changes.
export const saveFinaliseDraftAction = action({
  role: 'ANALYST',
  schema: finaliseDraftSchema,
  read: readFinaliseDraftForm,
  values: echoFinaliseForm,
  run: saveFinalisationDraft,
  changes: 'nothing',
  done: (_value, _input, formData) => ({
    ...saved(
      'Draft saved: your choices are here when you come back. Nothing is public until you finalise.',
    ),
    values: echoFinaliseForm(formData),
  }),
});
