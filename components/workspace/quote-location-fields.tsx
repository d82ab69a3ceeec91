'use client';

import { useId, useState } from 'react';
import { TextArea, TextInput } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';
import { countPassage, type QuoteSpan } from './quote-selection';

interface QuoteLocationFieldsProps {
  /** Unique per form, for the ids of its fields. */
  idPrefix: string;
  /** The stored text the quote must come from. */
  text: string;
  selection: QuoteSpan | null;
  /** Why the last selection could not be used, if it could not. */
  selectionProblem?: string | null;
  state: FormState;
  textPanelId: string;
}

/**
 * Where the quote is: the selection made in the text panel, or (keyboard
 * alternative) an exact passage pasted into "Quote by text", with its
 * occurrence number when it appears more than once. The server checks both
 * against the stored text.
 */
export function QuoteLocationFields({
  idPrefix,
  text,
  selection,
  selectionProblem,
  state,
  textPanelId,
}: QuoteLocationFieldsProps) {
  const id = useId();
  const [mode, setMode] = useState<'selection' | 'text'>(
    state.values?.mode === 'text' ? 'text' : 'selection',
  );
  const [passage, setPassage] = useState(state.values?.quoteText ?? '');
  const trimmed = passage.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  const occurrences = trimmed ? countPassage(text, trimmed) : 0;
  const quoteErrors = state.fieldErrors?.quote;

  return (
    <div className="space-y-3">
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Quote from</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="mode"
              value="selection"
              checked={mode === 'selection'}
              onChange={() => setMode('selection')}
              className="accent-sky-700"
            />
            My selection in the text
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="mode"
              value="text"
              checked={mode === 'text'}
              onChange={() => setMode('text')}
              className="accent-sky-700"
            />
            Quote by text
          </label>
        </div>
      </fieldset>

      {mode === 'selection' ? (
        <div className="space-y-1">
          <p id={`${id}-quote-label`} className="text-sm font-medium">
            Selected quote
          </p>
          <div
            aria-live="polite"
            aria-labelledby={`${id}-quote-label`}
            role="group"
            aria-describedby={quoteErrors?.length ? `${id}-quote-error` : undefined}
          >
            {selection ? (
              <blockquote
                data-selected-quote
                className="max-h-48 overflow-y-auto whitespace-pre-wrap rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 font-serif text-sm dark:bg-amber-950/50"
              >
                {selection.quote}
              </blockquote>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Nothing selected yet. Select a passage in{' '}
                <a href={`#${textPanelId}`} className="underline">
                  the text
                </a>
                , or choose “Quote by text”.
              </p>
            )}
            {selectionProblem && (
              <p className="text-sm font-medium text-rose-700 dark:text-rose-300">
                {selectionProblem}
              </p>
            )}
          </div>
          {selection && (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              Characters {selection.start + 1} to {selection.end} of the stored text.
            </p>
          )}
          {quoteErrors?.length ? (
            <p
              id={`${id}-quote-error`}
              className="text-sm font-medium text-rose-700 dark:text-rose-300"
            >
              {quoteErrors.join(' ')}
            </p>
          ) : null}
          <input type="hidden" name="start" value={selection?.start ?? ''} />
          <input type="hidden" name="end" value={selection?.end ?? ''} />
          <input type="hidden" name="quote" value={selection?.quote ?? ''} />
        </div>
      ) : (
        <div className="space-y-3">
          <TextArea
            id={`${idPrefix}-quoteText`}
            label="Quote by text"
            name="quoteText"
            rows={4}
            value={passage}
            onChange={(event) => setPassage(event.target.value)}
            hint={
              trimmed === ''
                ? 'Paste the exact passage from the text, character for character.'
                : occurrences === 0
                  ? 'Not found in the text: check every character.'
                  : occurrences === 1
                    ? 'Found once in the text.'
                    : `Found ${occurrences} times in the text: say which one below.`
            }
            errors={state.fieldErrors?.quoteText}
          />
          <TextInput
            id={`${idPrefix}-occurrence`}
            label="Occurrence"
            name="occurrence"
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(1, occurrences)}
            defaultValue={state.values?.occurrence ?? ''}
            hint="Which occurrence, counted from the start of the text; leave empty when the passage appears once."
            errors={state.fieldErrors?.occurrence}
          />
        </div>
      )}
    </div>
  );
}
