'use client';

import { useActionState, useCallback, useState } from 'react';
import { Select, TextInput } from '@/components/ui/field';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { QuotableAreaDto } from '@/lib/data/workspace/sources';
import { initialFormState, type FormState } from '@/lib/form-state';
import { STATEMENT_KINDS } from '@/lib/statement-kinds';
import { QuoteItemPicker } from './quote-item-picker';
import { QuoteLocationFields } from './quote-location-fields';
import type { HighlightSpan, QuoteSpan } from './quote-selection';
import { QuoteTextPanel } from './quote-text-panel';

interface QuoteWorkspaceProps {
  sourceId: string;
  versionNumber: number;
  text: string;
  spans: readonly (HighlightSpan & { label: string })[];
  areas: readonly QuotableAreaDto[];
  defaultStatedOn: string;
  defaultSpeaker: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

const TEXT_PANEL_ID = 'source-text';

/** The text with its highlights, and beside it the panel that turns a selection into a statement. */
export function QuoteWorkspace({
  sourceId,
  versionNumber,
  text,
  spans,
  areas,
  defaultStatedOn,
  defaultSpeaker,
  action,
}: QuoteWorkspaceProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [selection, setSelection] = useState<QuoteSpan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [handledSave, setHandledSave] = useState(state.savedAt);
  // A saved statement clears the captured selection (adjusting state while rendering, not in an effect).
  if (state.savedAt !== handledSave) {
    setHandledSave(state.savedAt);
    setSelection(null);
  }
  const onSelect = useCallback((span: QuoteSpan | null, reason?: string) => {
    setSelection(span);
    setProblem(reason ?? null);
  }, []);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <QuoteTextPanel
        id={TEXT_PANEL_ID}
        text={text}
        spans={spans}
        label={`Text of the source, version ${versionNumber}`}
        onSelect={onSelect}
      />
      <section
        aria-labelledby="new-statement-heading"
        className="space-y-3 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
      >
        <h3 id="new-statement-heading" className="text-lg font-semibold">
          New statement from selection
        </h3>
        <ManagedForm
          action={formAction}
          state={state}
          resetOnSave
          className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
        >
          <input type="hidden" name="sourceId" value={sourceId} />
          <input type="hidden" name="sourceVersion" value={versionNumber} />
          <QuoteLocationFields
            key={`location-${state.savedAt ?? 0}`}
            idPrefix="new"
            text={text}
            selection={selection}
            selectionProblem={problem}
            state={state}
            textPanelId={TEXT_PANEL_ID}
          />
          <TextInput
            id="new-speaker"
            label="Speaker"
            name="speaker"
            autoComplete="off"
            defaultValue={state.values?.speaker ?? defaultSpeaker}
            errors={state.fieldErrors?.speaker}
          />
          <TextInput
            id="new-relayedFrom"
            label="Relaying (optional)"
            name="relayedFrom"
            autoComplete="off"
            defaultValue={state.values?.relayedFrom ?? ''}
            hint="Whose words or position the speaker passes on, e.g. “Emomali Rahmon”."
            errors={state.fieldErrors?.relayedFrom}
          />
          <TextInput
            id="new-sameRemarkAs"
            label="Same remark as (optional)"
            name="sameRemarkAs"
            autoComplete="off"
            defaultValue={state.values?.sameRemarkAs ?? ''}
            hint="Paste the link of the same remark’s quote in another copy (it ends in #q-…): the two then count once."
            errors={state.fieldErrors?.sameRemarkAs}
          />
          <TextInput
            id="new-statedOn"
            label="Stated on"
            name="statedOn"
            type="date"
            defaultValue={state.values?.statedOn ?? defaultStatedOn}
            hint="Defaults to the publication date."
            errors={state.fieldErrors?.statedOn}
          />
          <Select
            key={`kind-${state.values?.kind ?? ''}`}
            id="new-kind"
            label="Kind"
            name="kind"
            defaultValue={state.values?.kind ?? ''}
            hint="What the sentence does: a pledge is never a report of action."
            errors={state.fieldErrors?.kind}
          >
            <option value="">Choose what the sentence does…</option>
            {STATEMENT_KINDS.map((kind) => (
              <option key={kind.code} value={kind.code}>
                {kind.label}
              </option>
            ))}
          </Select>
          <QuoteItemPicker
            key={`items-${state.savedAt ?? 0}`}
            idPrefix="new"
            areas={areas}
            errors={state.fieldErrors?.itemIds}
          />
          <SubmitButton pendingLabel="Saving…">Save the statement</SubmitButton>
        </ManagedForm>
        {state.ok && state.next && (
          <nav
            aria-label="Next step with the saved quote"
            className="space-y-1 rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-50"
          >
            <p className="font-medium">Statement saved. Next:</p>
            <ul className="list-disc space-y-1 pl-5">
              {state.next.map((link) => (
                <li key={link.href}>
                  <a href={link.href} className="underline">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </section>
    </div>
  );
}
