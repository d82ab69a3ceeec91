'use client';

import { useActionState, useCallback, useMemo, useState } from 'react';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/form-state';
import { QuoteLocationFields } from './quote-location-fields';
import { spanFromCodePoints, type QuoteSpan } from './quote-selection';
import { QuoteTextPanel } from './quote-text-panel';

interface QuoteOrphanResolverProps {
  statementId: string;
  statementVersion: number;
  sourceId: string;
  versionNumber: number;
  text: string;
  suggestion: { start: number; end: number } | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

const TEXT_PANEL_ID = 'orphan-source-text';
const NO_SPANS: never[] = [];

/** The newest text beside a form that places the orphaned statement on a new selection. */
export function QuoteOrphanResolver({
  statementId,
  statementVersion,
  sourceId,
  versionNumber,
  text,
  suggestion,
  action,
}: QuoteOrphanResolverProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  const suggested = useMemo(
    () => (suggestion ? spanFromCodePoints(text, suggestion.start, suggestion.end) : null),
    [text, suggestion],
  );
  const [selection, setSelection] = useState<QuoteSpan | null>(suggested);
  const [problem, setProblem] = useState<string | null>(null);
  const onSelect = useCallback((span: QuoteSpan | null, reason?: string) => {
    setSelection(span);
    setProblem(reason ?? null);
  }, []);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <QuoteTextPanel
        id={TEXT_PANEL_ID}
        text={text}
        spans={NO_SPANS}
        label={`Text of the source, version ${versionNumber}`}
        onSelect={onSelect}
      />
      <section
        aria-labelledby="reattach-heading"
        className="space-y-3 lg:sticky lg:top-4 lg:self-start"
      >
        <h3 id="reattach-heading" className="text-lg font-semibold">
          New place of the statement
        </h3>
        <ManagedForm
          action={formAction}
          state={state}
          className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
        >
          <input type="hidden" name="statementId" value={statementId} />
          <input type="hidden" name="version" value={statementVersion} />
          <input type="hidden" name="sourceId" value={sourceId} />
          <input type="hidden" name="sourceVersion" value={versionNumber} />
          <QuoteLocationFields
            idPrefix="reattach"
            text={text}
            selection={selection}
            selectionProblem={problem}
            state={state}
            textPanelId={TEXT_PANEL_ID}
          />
          <SubmitButton pendingLabel="Placing…">Place the statement here</SubmitButton>
        </ManagedForm>
      </section>
    </div>
  );
}
