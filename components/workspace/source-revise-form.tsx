'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { TextArea, TextInput } from '@/components/ui/field';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { DuplicateDto } from '@/lib/data/shared/source-versions';
import { initialFormState, type FormState } from '@/lib/form-state';

type State = FormState & { duplicateOf?: DuplicateDto };

interface SourceReviseFormProps {
  sourceId: string;
  versionNumber: number;
  text: string;
  action: (state: State, formData: FormData) => Promise<State>;
}

/**
 * "Correct the text": saves version n+1 and re-anchors the statements. The
 * result (how many moved, how, how many are orphaned) stays on screen.
 */
export function SourceReviseForm({ sourceId, versionNumber, text, action }: SourceReviseFormProps) {
  const [state, formAction] = useActionState<State, FormData>(action, initialFormState);
  return (
    <div className="space-y-3">
      {state.ok && state.message && (
        <p
          role="status"
          className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
        >
          {state.message}
          {/orphaned/.test(state.message) && !/, 0 orphaned/.test(state.message) && (
            <>
              {' '}
              <Link href="/workspace/orphans" className="font-medium underline">
                Resolve the orphaned quotes
              </Link>
              .
            </>
          )}
        </p>
      )}
      <ManagedForm action={formAction} state={state} className="space-y-4">
        <input type="hidden" name="sourceId" value={sourceId} />
        <input type="hidden" name="fromVersion" value={versionNumber} />
        {/* Remounted per version, so a saved correction becomes the next starting point. */}
        <TextArea
          key={versionNumber}
          id="revise-text"
          label="Corrected text"
          name="text"
          rows={16}
          defaultValue={text}
          hint={`Saved as version ${versionNumber + 1}; version ${versionNumber} stays stored. Statements are moved to the new text where their quote is found; the others are queued as orphaned.`}
          errors={state.fieldErrors?.text}
        />
        {state.duplicateOf && (
          <p className="text-sm">
            <Link
              href={`/workspace/sources/${state.duplicateOf.sourceId}`}
              className="font-medium underline"
            >
              Open “{state.duplicateOf.title}”
            </Link>
          </p>
        )}
        <TextInput
          key={`note-${versionNumber}`}
          id="revise-note"
          label="What was corrected and why"
          name="note"
          defaultValue={state.ok ? '' : (state.values?.note ?? '')}
          errors={state.fieldErrors?.note}
        />
        <SubmitButton pendingLabel="Saving and re-anchoring…">
          Save as version {versionNumber + 1}
        </SubmitButton>
      </ManagedForm>
    </div>
  );
}
