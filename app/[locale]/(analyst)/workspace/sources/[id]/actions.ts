'use server';

import { action, type FormActionFn } from '@/lib/actions';
import type { DuplicateDto } from '@/lib/data/shared/source-versions';
import { reviseSourceText } from '@/lib/data/workspace/source-revision';
import { dismissSuggestion } from '@/lib/data/workspace/suggestions';
import { setSourceArchived, updateSourceMetadata } from '@/lib/data/workspace/source-edit';
import {
  archiveStatement,
  createStatement,
  updateStatement,
} from '@/lib/data/workspace/statements';
import { echo, saved, type FormState } from '@/lib/form-state';
import { describeRevisionSummary } from '@/lib/revision-description';
import {
  archiveSourceSchema,
  reviseSourceSchema,
  updateSourceSchema,
} from '@/lib/validation/sources';
import { dismissSuggestionSchema } from '@/lib/validation/suggestions';
import {
  archiveStatementSchema,
  createStatementSchema,
  updateStatementSchema,
} from '@/lib/validation/statements';

// A source's statements and text versions (lib/actions.ts).

export interface SourceFormState extends FormState {
  duplicateOf?: DuplicateDto;
}

export const createStatementAction = action({
  role: 'ANALYST',
  schema: createStatementSchema,
  arrays: ['itemIds'],
  run: createStatement,
  changes: 'tracker',
  // Quote to verdict (issue 11): each item the quote was filed under offers its
  // status form with this quote ticked as evidence.
  done: (value) =>
    saved(
      'Statement saved: it is now highlighted in the text and listed on its items.',
      value.items.map((item) => ({
        href: `/workspace/items/${encodeURIComponent(item.id)}/status?evidence=${encodeURIComponent(value.id)}#record-heading`,
        label: `Record a status change of “${item.title}” with this quote`,
      })),
    ),
});

// A source's metadata corrected after import, with a revision (issue 11).
export const updateSourceAction = action({
  role: 'ANALYST',
  schema: updateSourceSchema,
  run: updateSourceMetadata,
  changes: 'tracker',
  done: () => saved('Source details saved.'),
});

// Archived with its quotes, or published again; refused while it is evidence of a public status.
export const archiveSourceAction = action({
  role: 'ANALYST',
  schema: archiveSourceSchema,
  run: setSourceArchived,
  changes: 'tracker',
  done: (_value, input) =>
    saved(
      input.archived
        ? 'Source archived: it and its quotes are hidden from the public.'
        : 'Source published again, with the quotes archived with it.',
    ),
});

// A suggested sentence, not relevant to its item: not suggested for it again.
export const dismissSuggestionAction = action({
  role: 'ANALYST',
  schema: dismissSuggestionSchema,
  values: false,
  run: dismissSuggestion,
  // Nothing public changes; the panel drops the suggestion itself.
  changes: 'nothing',
  done: () => saved('Dismissed: it will not be suggested for this item again.'),
});

export const updateStatementAction = action({
  role: 'ANALYST',
  schema: updateStatementSchema,
  arrays: ['itemIds'],
  run: updateStatement,
  changes: 'tracker',
  done: () => saved('Statement updated.'),
});

export const archiveStatementAction = action({
  role: 'ANALYST',
  schema: archiveStatementSchema,
  run: archiveStatement,
  changes: 'tracker',
  done: () => saved('Statement archived. It no longer appears on public pages.'),
});

export const reviseSourceTextAction: FormActionFn<SourceFormState> = action({
  role: 'ANALYST',
  schema: reviseSourceSchema,
  // The text may be long: the form keeps it itself.
  values: (formData) => echo(formData, { omit: ['text'] }),
  run: reviseSourceText,
  changes: 'tracker',
  refusal: (result) => ({ duplicateOf: result.duplicateOf }),
  done: (value) =>
    saved(`Version ${value.versionNumber} saved: ${describeRevisionSummary(value)}.`),
});
