'use client';

import {
  startTransition,
  useEffect,
  useRef,
  useState,
  type FormHTMLAttributes,
  type ReactNode,
} from 'react';
import type { FormState } from '@/lib/form-state';
import { CorrectedFields } from './field';
import { FormMessage } from './form-message';

type SubmitEventOf = Parameters<NonNullable<FormHTMLAttributes<HTMLFormElement>['onSubmit']>>[0];

interface ManagedFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'action'> {
  action: (formData: FormData) => void;
  state: FormState;
  children: ReactNode;
  /** Empty the form after a successful save (create forms). */
  resetOnSave?: boolean;
}

/**
 * A form that behaves as people expect: the server's message at the top, a
 * toast on success, a warning before leaving with unsaved changes, and
 * Ctrl/Cmd+S to save. Field errors are rendered by the fields themselves.
 */
export function ManagedForm({
  action,
  state,
  children,
  resetOnSave,
  onSubmit,
  ...props
}: ManagedFormProps) {
  const form = useRef<HTMLFormElement>(null);
  // Dirty = typed into since the last successful save (a refused save keeps it dirty).
  const [editedAt, setEditedAt] = useState(0);
  const isDirty = editedAt > (state.savedAt ?? 0);
  const [dismissedAt, setDismissedAt] = useState<number | undefined>();
  const toast = state.savedAt && state.savedAt !== dismissedAt ? (state.message ?? 'Saved.') : null;
  // Errors of the last answer that the person has since corrected; a new
  // answer brings its own errors (state changes while rendering, not in an effect).
  const [corrected, setCorrected] = useState<{ of: FormState; names: ReadonlySet<string> }>({
    of: state,
    names: new Set(),
  });
  if (corrected.of !== state) setCorrected({ of: state, names: new Set() });
  const noteCorrection = (target: EventTarget) => {
    if (
      !(
        target instanceof HTMLInputElement ||
        target instanceof HTMLSelectElement ||
        target instanceof HTMLTextAreaElement
      )
    )
      return;
    const name = target.name;
    if (!name || !state.fieldErrors?.[name]?.length || corrected.names.has(name)) return;
    // Valid as the browser sees it (required, type, min/max), and not left empty.
    const isCorrected =
      target.checkValidity() &&
      (target instanceof HTMLInputElement && target.type === 'checkbox'
        ? true
        : target.value.trim() !== '');
    if (isCorrected) setCorrected({ of: state, names: new Set([...corrected.names, name]) });
  };

  useEffect(() => {
    const savedAt = state.savedAt;
    if (!savedAt) return;
    if (resetOnSave) form.current?.reset();
    const timer = setTimeout(() => setDismissedAt(savedAt), 4_000);
    return () => clearTimeout(timer);
  }, [state.savedAt, resetOnSave]);

  useUnsavedChangesWarning(isDirty);

  // Marks the form as hydrated (its handlers attached), for tests and tools.
  useEffect(() => {
    form.current?.setAttribute('data-ready', 'true');
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        event.key.toLowerCase() === 's' &&
        form.current?.contains(document.activeElement)
      ) {
        event.preventDefault();
        form.current.requestSubmit();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form
      ref={form}
      action={action}
      noValidate
      onInput={(event) => {
        setEditedAt(Date.now());
        noteCorrection(event.target);
      }}
      onChange={(event) => noteCorrection(event.target)}
      onSubmit={(event: SubmitEventOf) => {
        onSubmit?.(event);
        if (event.defaultPrevented) return;
        // Submitted in a transition rather than through the form action, so
        // React does not reset the fields afterwards: a refused save keeps
        // what the analyst typed (resetOnSave empties create forms on success).
        event.preventDefault();
        const submitter = (event.nativeEvent as globalThis.SubmitEvent).submitter;
        const formData = new FormData(event.currentTarget, submitter);
        startTransition(() => action(formData));
      }}
      aria-keyshortcuts="Control+S Meta+S"
      {...props}
    >
      {!state.ok && <FormMessage state={state} />}
      <CorrectedFields.Provider value={corrected.names}>{children}</CorrectedFields.Provider>
      {toast && (
        <p
          role="status"
          className="fixed bottom-4 right-4 z-50 rounded-md bg-emerald-700 px-4 py-3 text-sm font-medium text-white shadow-lg"
        >
          {toast}
        </p>
      )}
    </form>
  );
}

/** Asks before the page is left (reload, close, or an in-app link) while `isDirty`. */
export function useUnsavedChangesWarning(isDirty: boolean) {
  useEffect(() => {
    if (!isDirty) return;
    const message = 'You have unsaved changes. Leave this page and lose them?';
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = message;
    };
    // The App Router has no "route change start" event: catch link clicks.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || link.getAttribute('target') === '_blank' || event.defaultPrevented) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [isDirty]);
}
