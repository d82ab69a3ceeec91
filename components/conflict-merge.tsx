'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { diffWords, type DiffPart } from '@/lib/diff';

export interface MergeField {
  name: string;
  label: string;
  /** For selects: what each stored value means to a person. */
  options?: Record<string, string>;
}

interface ConflictMergeProps {
  fields: MergeField[];
  conflict: { currentVersion: number; current: Record<string, string> };
  /** What this analyst submitted (FormState.values). */
  yours: Record<string, string> | undefined;
  /** The level of the merge view's heading, one below the form's own. */
  headingLevel?: 2 | 3 | 4;
}

type Choice = 'mine' | 'theirs';

/**
 * Shown inside an edit form when someone else saved first: per field, the
 * stored value beside the analyst's own, with "Keep mine" / "Take theirs"
 * filling the form. The form already carries the new version, so the next
 * save goes through with whatever was chosen. Render it with a `key` of the
 * conflicting version, so a second conflict starts afresh.
 */
export function ConflictMerge({ fields, conflict, yours, headingLevel = 3 }: ConflictMergeProps) {
  const Heading = `h${headingLevel}` as const;
  const root = useRef<HTMLElement>(null);
  const headingId = useId();
  const [choices, setChoices] = useState<Record<string, Choice>>({});

  // The form still holds unsaved work: make leaving the page ask first.
  useEffect(() => {
    root.current?.closest('form')?.dispatchEvent(new Event('input', { bubbles: true }));
    root.current?.querySelector<HTMLElement>(`#${CSS.escape(headingId)}`)?.focus();
  }, [headingId]);

  const fill = (name: string, value: string) => {
    const element = root.current?.closest('form')?.elements.namedItem(name);
    if (
      element instanceof HTMLInputElement ||
      element instanceof HTMLTextAreaElement ||
      element instanceof HTMLSelectElement
    ) {
      element.value = value;
      element.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };

  const choose = (field: MergeField, choice: Choice) => {
    fill(
      field.name,
      choice === 'theirs' ? (conflict.current[field.name] ?? '') : (yours?.[field.name] ?? ''),
    );
    setChoices((previous) => ({ ...previous, [field.name]: choice }));
  };

  const differing = fields.filter(
    (field) => (conflict.current[field.name] ?? '') !== (yours?.[field.name] ?? ''),
  );
  const chooseAll = (choice: Choice) => differing.forEach((field) => choose(field, choice));

  return (
    <section
      ref={root}
      aria-labelledby={headingId}
      className="space-y-4 rounded-lg border-2 border-amber-500 bg-amber-50 p-4 dark:border-amber-400 dark:bg-amber-950/40"
    >
      <Heading id={headingId} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        Compare the two versions
      </Heading>
      <p className="text-sm">
        {differing.length === 0
          ? 'The saved version has the same values as yours (only its order or visibility changed). Save again to keep them.'
          : `Someone else saved version ${conflict.currentVersion} while you were editing. For each field below, keep yours or take theirs; the form is filled accordingly. Then save.`}
      </p>
      {differing.length > 1 && (
        <div className="flex flex-wrap gap-2">
          <MergeButton onClick={() => chooseAll('mine')}>Keep all mine</MergeButton>
          <MergeButton onClick={() => chooseAll('theirs')}>Take all theirs</MergeButton>
        </div>
      )}
      {fields.map((field) => {
        const theirs = conflict.current[field.name] ?? '';
        const mine = yours?.[field.name] ?? '';
        if (theirs === mine) {
          return (
            <p key={field.name} className="text-sm text-slate-700 dark:text-slate-300">
              <span className="font-medium">{field.label}:</span> the same in both versions.
            </p>
          );
        }
        const choice = choices[field.name] ?? 'mine';
        const parts = field.options ? null : diffWords(theirs, mine);
        return (
          <fieldset
            key={field.name}
            className="space-y-2 border-t border-amber-300 pt-3 dark:border-amber-700"
          >
            <legend className="float-left mb-2 w-full font-medium">{field.label}</legend>
            <div className="clear-both grid gap-3 sm:grid-cols-2">
              <Side heading="Saved by someone else" isChosen={choice === 'theirs'}>
                {parts ? <Highlighted parts={parts} skip="insert" /> : show(theirs, field)}
              </Side>
              <Side heading="Yours" isChosen={choice === 'mine'}>
                {parts ? <Highlighted parts={parts} skip="delete" /> : show(mine, field)}
              </Side>
            </div>
            <div className="flex flex-wrap gap-2">
              <MergeButton pressed={choice === 'mine'} onClick={() => choose(field, 'mine')}>
                Keep mine<span className="sr-only"> ({field.label})</span>
              </MergeButton>
              <MergeButton pressed={choice === 'theirs'} onClick={() => choose(field, 'theirs')}>
                Take theirs<span className="sr-only"> ({field.label})</span>
              </MergeButton>
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}

function show(value: string, field: MergeField): string {
  if (value === '') return '(empty)';
  return field.options?.[value] ?? value;
}

function Side({
  heading,
  isChosen,
  children,
}: {
  heading: string;
  isChosen: boolean;
  children: React.ReactNode;
}) {
  return (
    <div
      className={`rounded-md border bg-white p-3 dark:bg-slate-900 ${isChosen ? 'border-slate-900 ring-2 ring-slate-900 dark:border-slate-100 dark:ring-slate-100' : 'border-slate-300 dark:border-slate-700'}`}
    >
      <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">
        {heading}
        {isChosen && <span className="ml-2 normal-case tracking-normal">(in the form)</span>}
      </p>
      <div className="whitespace-pre-wrap break-words text-sm">{children}</div>
    </div>
  );
}

/** One side of the word diff, the words only on this side marked. */
function Highlighted({ parts, skip }: { parts: DiffPart[]; skip: 'insert' | 'delete' }) {
  const text = parts.filter((part) => part.op !== skip);
  if (text.every((part) => part.text === '')) return <>(empty)</>;
  return (
    <>
      {text.map((part, index) =>
        part.op === 'equal' ? (
          <span key={index}>{part.text}</span>
        ) : (
          <mark
            key={index}
            className="rounded-sm bg-amber-200 text-slate-900 dark:bg-amber-700 dark:text-white"
          >
            {part.text}
          </mark>
        ),
      )}
    </>
  );
}

function MergeButton({
  children,
  onClick,
  pressed,
}: {
  children: React.ReactNode;
  onClick: () => void;
  pressed?: boolean;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-pressed={pressed}
      className="inline-flex items-center rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:aria-pressed:border-slate-100 dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900"
    >
      {children}
    </button>
  );
}
