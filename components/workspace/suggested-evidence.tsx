'use client';

import { useActionState, useState } from 'react';
import { Select, TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { SuggestionDto, SuggestionGroupDto } from '@/lib/data/workspace/suggestions';
import { initialFormState, type FormState } from '@/lib/form-state';
import { STATEMENT_KINDS } from '@/lib/statement-kinds';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface Props {
  sourceId: string;
  versionNumber: number;
  statedOn: string;
  defaultSpeaker: string;
  groups: readonly SuggestionGroupDto[];
  createAction: Action;
  dismissAction: Action;
}

/**
 * Suggested evidence (issue 11): per item, the sentences of this text most
 * likely to bear on it, each one click from a statement. The list is the one
 * the page was rendered with: a save renders the page again, and keeping it
 * here lets an added suggestion stay in place with its next step.
 */
export function SuggestedEvidence({ groups: rendered, ...props }: Props) {
  const [groups] = useState(rendered);
  return (
    <ol className="space-y-6">
      {groups.map((group) => (
        <li
          key={group.item.id}
          className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
        >
          <h3 className="font-semibold">
            {group.item.title}{' '}
            <span className="block text-sm font-normal text-slate-600 dark:text-slate-400">
              {group.item.areaTitle}
            </span>
          </h3>
          <ul className="space-y-4">
            {group.suggestions.map((suggestion) => (
              <SuggestionCard
                key={`${suggestion.start}-${suggestion.end}`}
                itemId={group.item.id}
                itemTitle={group.item.title}
                suggestion={suggestion}
                {...props}
              />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function SuggestionCard({
  sourceId,
  versionNumber,
  statedOn,
  defaultSpeaker,
  itemId,
  itemTitle,
  suggestion,
  createAction,
  dismissAction,
}: Omit<Props, 'groups'> & { itemId: string; itemTitle: string; suggestion: SuggestionDto }) {
  const [added, addAction] = useActionState(createAction, initialFormState);
  const [dismissed, dismissFormAction] = useActionState(dismissAction, initialFormState);
  const id = `suggestion-${itemId}-${suggestion.start}`;

  if (dismissed.ok) {
    return (
      <li role="status" className="text-sm text-slate-600 dark:text-slate-400">
        Dismissed for this item: “{clip(suggestion.text)}”
      </li>
    );
  }
  if (added.ok) {
    return (
      <li className="space-y-1 rounded-md bg-emerald-50 p-3 text-sm text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50">
        <p role="status">Added as a statement: “{clip(suggestion.text)}”</p>
        {added.next?.map((link) => (
          <p key={link.href}>
            <a href={link.href} className="font-medium underline">
              {link.label}
            </a>
          </p>
        ))}
      </li>
    );
  }
  return (
    <li className="space-y-3" aria-labelledby={`${id}-quote`}>
      <blockquote id={`${id}-quote`} className="border-l-4 border-sky-600 pl-3 font-serif">
        <Highlighted text={suggestion.text} words={suggestion.matched} />
      </blockquote>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Score {suggestion.score.toFixed(1)} · matched: {suggestion.matched.join(', ')}
      </p>
      <form action={addAction} className="space-y-3" noValidate>
        <FormMessage state={added} />
        <input type="hidden" name="sourceId" value={sourceId} />
        <input type="hidden" name="sourceVersion" value={versionNumber} />
        <input type="hidden" name="mode" value="selection" />
        <input type="hidden" name="start" value={suggestion.start} />
        <input type="hidden" name="end" value={suggestion.end} />
        <input type="hidden" name="quote" value={suggestion.text} />
        <input type="hidden" name="statedOn" value={statedOn} />
        <input type="hidden" name="itemIds" value={itemId} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextInput
            id={`${id}-speaker`}
            label="Speaker"
            name="speaker"
            autoComplete="off"
            defaultValue={added.values?.speaker ?? defaultSpeaker}
            errors={added.fieldErrors?.speaker}
          />
          <Select
            id={`${id}-kind`}
            label="Kind"
            name="kind"
            defaultValue={added.values?.kind ?? suggestion.proposedKind?.kind ?? ''}
            hint={
              suggestion.proposedKind
                ? `Proposed from “${suggestion.proposedKind.cue}”: check it.`
                : 'Choose what the sentence does.'
            }
            errors={added.fieldErrors?.kind}
          >
            <option value="">Choose what the sentence does…</option>
            {STATEMENT_KINDS.map((kind) => (
              <option key={kind.code} value={kind.code}>
                {kind.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pendingLabel="Adding…">Add as evidence for “{itemTitle}”</SubmitButton>
        </div>
      </form>
      <form action={dismissFormAction}>
        <FormMessage state={dismissed} />
        <input type="hidden" name="sourceId" value={sourceId} />
        <input type="hidden" name="sourceVersion" value={versionNumber} />
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="start" value={suggestion.start} />
        <input type="hidden" name="end" value={suggestion.end} />
        <SubmitButton variant="secondary" pendingLabel="Dismissing…">
          Not relevant to this item
        </SubmitButton>
      </form>
    </li>
  );
}

/** The sentence with the words that matched marked (text only, never HTML). */
function Highlighted({ text, words }: { text: string; words: readonly string[] }) {
  if (words.length === 0) return <>{text}</>;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="rounded bg-amber-100 px-0.5 dark:bg-amber-900">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
