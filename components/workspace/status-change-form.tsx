'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef, useState } from 'react';
import { Select, TextArea, TextInput } from '@/components/ui/field';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { EvidenceStatementDto } from '@/lib/data/shared/evidence-fields';
import { formatDay } from '@/lib/dates';
import { STATUSES, statusDefinition, type Status } from '@/lib/status';
import {
  NOTE_MAX_LENGTH,
  type DateBounds,
  type StatusFormState,
} from '@/lib/validation/status-changes';
import { StatusEvidenceOption } from './status-evidence-option';

export interface StatusFormDefaults {
  status: Status | '';
  effectiveOn: string;
  note: string;
  evidence: string[];
}

interface StatusChangeFormProps {
  action: (state: StatusFormState, formData: FormData) => Promise<StatusFormState>;
  itemId: string;
  bounds: DateBounds;
  /** The item's own statements. */
  statements: EvidenceStatementDto[];
  /** Statements of other items chosen already (the cited evidence of an entry being corrected). */
  otherStatements: EvidenceStatementDto[];
  /** The entry being corrected, if this is a correction. */
  correcting: { id: string; effectiveOn: string } | null;
  defaults: StatusFormDefaults;
  /** Where to look up statements of other items (JSON). */
  searchUrl: string;
  cancelHref: string;
}

const initialState: StatusFormState = { ok: false };

/**
 * Record a status change, or correct an entry (the same form, pre-filled).
 * Fields are controlled; after each submission the select and checkboxes are
 * put back from state, because React's automatic form reset would otherwise
 * reset them (react#30580, react#31695).
 */
export function StatusChangeForm(props: StatusChangeFormProps) {
  const { action, itemId, bounds, statements, correcting, defaults, searchUrl, cancelHref } = props;
  const [state, formAction] = useActionState(action, initialState);
  const [status, setStatus] = useState<Status | ''>(defaults.status);
  const [effectiveOn, setEffectiveOn] = useState(defaults.effectiveOn);
  const [note, setNote] = useState(defaults.note);
  const [selected, setSelected] = useState<Set<string>>(() => new Set(defaults.evidence));
  const [others, setOthers] = useState<EvidenceStatementDto[]>(props.otherStatements);
  const fields = useRef<HTMLDivElement>(null);

  // After a successful save the form starts afresh (adjusting state while rendering, not in an effect).
  const [seenSavedAt, setSeenSavedAt] = useState(state.savedAt);
  if (state.savedAt !== seenSavedAt) {
    setSeenSavedAt(state.savedAt);
    if (state.savedAt) {
      setStatus(defaults.status);
      setEffectiveOn(defaults.effectiveOn);
      setNote(defaults.note);
      setSelected(new Set(defaults.evidence));
      setOthers(props.otherStatements);
    }
  }

  // Undo React's automatic reset of the controlled select and checkboxes once a result arrives.
  useEffect(() => {
    const root = fields.current;
    if (!root) return;
    const frame = requestAnimationFrame(() => {
      const select = root.querySelector<HTMLSelectElement>('select[name="status"]');
      if (select) select.value = select.dataset.value ?? '';
      for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
        box.checked = box.dataset.checked === 'true';
    });
    return () => cancelAnimationFrame(frame);
  }, [state]);

  const toggle = (id: string, isChecked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (isChecked) next.add(id);
      else next.delete(id);
      return next;
    });

  const definition = status ? statusDefinition(status) : null;
  const evidenceErrors = state.fieldErrors?.evidence;
  const ownIds = new Set(statements.map((statement) => statement.id));

  return (
    <ManagedForm action={formAction} state={state} resetOnSave={!correcting} className="space-y-5">
      {state.correctedBy && (
        <p className="text-sm">
          <Link href={`#change-${state.correctedBy.id}`} className="underline">
            See the correction of {formatDay(state.correctedBy.createdAt)}
          </Link>
        </p>
      )}
      <input type="hidden" name="itemId" value={itemId} />
      {correcting && <input type="hidden" name="correctsId" value={correcting.id} />}
      <div ref={fields} className="space-y-5">
        <Select
          label="New status"
          name="status"
          value={status}
          data-value={status}
          onChange={(event) => setStatus(event.target.value as Status | '')}
          errors={state.fieldErrors?.status}
          hint={
            definition ? (
              <>
                <strong>{definition.label}:</strong> {definition.definition}
              </>
            ) : (
              'Choose a status to see its published definition.'
            )
          }
        >
          <option value="">Choose a status…</option>
          {STATUSES.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
              {option.isFinal ? ' (final verdict)' : ''}
            </option>
          ))}
        </Select>
        <details className="text-sm">
          <summary className="cursor-pointer underline">What each status means</summary>
          <dl className="mt-2 space-y-2">
            {STATUSES.map((option) => (
              <div key={option.code}>
                <dt className="font-medium">{option.label}</dt>
                <dd className="text-slate-700 dark:text-slate-300">{option.definition}</dd>
              </div>
            ))}
          </dl>
        </details>
        <TextInput
          label="Effective date"
          name="effectiveOn"
          type="date"
          min={bounds.earliest}
          max={bounds.latest}
          value={effectiveOn}
          onChange={(event) => setEffectiveOn(event.target.value)}
          errors={state.fieldErrors?.effectiveOn}
          hint={`The day the status took effect, usually the date of the evidence: from ${formatDay(bounds.earliest)} to today.`}
          className="max-w-xs"
        />
        <TextArea
          label="Note"
          name="note"
          rows={4}
          maxLength={NOTE_MAX_LENGTH}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          errors={state.fieldErrors?.note}
          hint="Public: readers see it as “Changed because: …”. For “Not yet rated”, say why no rating is possible yet."
        />
        <fieldset
          className="space-y-3"
          aria-describedby={evidenceErrors?.length ? 'evidence-error' : 'evidence-hint'}
        >
          <legend className="text-sm font-medium">Evidence</legend>
          <p id="evidence-hint" className="text-sm text-slate-600 dark:text-slate-400">
            At least one statement, except for “Not yet rated”. A rating needs a report of action or
            an assessment of outcome made on or after the commitment; “Kept”, “Partly kept” and
            “Broken” need them from two independent outlets or one official source (
            <a href="/methodology#evidence-rules" className="underline">
              the evidence rules
            </a>
            ). Readers follow each quote to its place in the source.
          </p>
          {evidenceErrors?.length ? (
            <p id="evidence-error" className="text-sm font-medium text-rose-700 dark:text-rose-300">
              {evidenceErrors.join(' ')}
            </p>
          ) : null}
          {statements.length === 0 ? (
            <p className="text-sm">
              This item has no statements yet. Quote one in the source reader, or find one of
              another item below.
            </p>
          ) : (
            <ul className="space-y-2" aria-label="Statements of this item">
              {statements.map((statement) => (
                <StatusEvidenceOption
                  key={statement.id}
                  statement={statement}
                  name="evidence"
                  isChecked={selected.has(statement.id)}
                  onToggle={toggle}
                />
              ))}
            </ul>
          )}
          {others.length > 0 && (
            <>
              <h3 className="text-sm font-medium">Chosen from other items</h3>
              <ul className="space-y-2" aria-label="Chosen statements of other items">
                {others.map((statement) => (
                  <StatusEvidenceOption
                    key={statement.id}
                    statement={statement}
                    name="evidence"
                    isChecked={selected.has(statement.id)}
                    onToggle={toggle}
                    showItems
                  />
                ))}
              </ul>
            </>
          )}
          <OtherItemsSearch
            searchUrl={searchUrl}
            exclude={new Set([...ownIds, ...others.map((statement) => statement.id)])}
            onChoose={(statement) => {
              setOthers((current) => [...current, statement]);
              toggle(statement.id, true);
            }}
          />
        </fieldset>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Recording…">
          {correcting ? 'Record correction' : 'Record status change'}
        </SubmitButton>
        {correcting && (
          <Link href={cancelHref} className="text-sm underline">
            Cancel the correction
          </Link>
        )}
      </div>
    </ManagedForm>
  );
}

/** Looks up citable statements of other items; choosing one adds it to the evidence. */
function OtherItemsSearch({
  searchUrl,
  exclude,
  onChoose,
}: {
  searchUrl: string;
  exclude: Set<string>;
  onChoose: (statement: EvidenceStatementDto) => void;
}) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EvidenceStatementDto[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${searchUrl}?q=${encodeURIComponent(trimmed)}`, {
          signal: controller.signal,
          headers: { accept: 'application/json' },
        });
        if (!response.ok) throw new Error(String(response.status));
        setResults((await response.json()) as EvidenceStatementDto[]);
        setProblem(null);
      } catch (error) {
        if (!controller.signal.aborted)
          setProblem(
            `The search failed (${error instanceof Error ? error.message : 'error'}). Try again.`,
          );
      }
    }, 250);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [query, searchUrl]);

  const shown =
    query.trim().length < 2
      ? null
      : (results?.filter((statement) => !exclude.has(statement.id)) ?? null);
  return (
    <div className="space-y-2 rounded-md bg-slate-50 p-3 dark:bg-slate-900">
      <TextInput
        label="Find statements of other items (optional)"
        name="$evidenceSearch"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
        hint="Search quotes, speakers and source titles; cite a result to add it to the evidence above."
        autoComplete="off"
      />
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {problem ??
          (shown === null
            ? ''
            : shown.length === 0
              ? 'No other statements match.'
              : `${shown.length} ${shown.length === 1 ? 'statement' : 'statements'} found.`)}
      </p>
      {shown && shown.length > 0 && (
        <ul className="space-y-2" aria-label="Statements found">
          {shown.map((statement) => (
            <li
              key={statement.id}
              className="space-y-1 rounded-md border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-950"
            >
              <p className="break-words font-serif">&ldquo;{statement.quote}&rdquo;</p>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {statement.speaker}
                {statement.statedOn && <>, {formatDay(statement.statedOn)}</>} ·{' '}
                {statement.source.title}
                {statement.items.length > 0 && (
                  <> · quoted for: {statement.items.map((item) => item.title).join('; ')}</>
                )}
              </p>
              <button
                type="button"
                onClick={() => onChoose(statement)}
                className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              >
                Cite this statement
                <span className="sr-only">
                  :{' '}
                  {statement.quote.length > 80
                    ? `${statement.quote.slice(0, 77)}…`
                    : statement.quote}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
