'use client';

import {
  createContext,
  useContext,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

/**
 * Fields whose error the person has since corrected (issue 11: an error stays
 * red after the field is fixed). ManagedForm provides it: a field edited into
 * a valid value loses its error at once, until the next answer of the server.
 */
export const CorrectedFields = createContext<ReadonlySet<string>>(new Set());

const control =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/40 aria-[invalid=true]:border-rose-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

interface FieldProps {
  name: string;
  /** Defaults to `field-<name>`; pass one when a page has several forms with the same field names. */
  id?: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
  children: (props: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: boolean;
    className: string;
  }) => ReactNode;
}

/** A label, a control and its errors, wired with aria-describedby. */
export function Field({ name, id: idProp, label, errors: given, hint, children }: FieldProps) {
  const corrected = useContext(CorrectedFields);
  const errors = corrected.has(name) ? undefined : given;
  const id = idProp ?? `field-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': errors?.length ? true : undefined,
        className: control,
      })}
      {hint && (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={errorId} className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

export function TextInput({
  label,
  errors,
  hint,
  ...input
}: {
  label: string;
  errors?: string[];
  hint?: ReactNode;
  name: string;
} & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field name={input.name} id={input.id} label={label} errors={errors} hint={hint}>
      {(props) => <input {...input} {...props} />}
    </Field>
  );
}

export function TextArea({
  label,
  errors,
  hint,
  ...input
}: {
  label: string;
  errors?: string[];
  hint?: ReactNode;
  name: string;
} & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field name={input.name} id={input.id} label={label} errors={errors} hint={hint}>
      {(props) => <textarea {...input} {...props} />}
    </Field>
  );
}

export function Select({
  label,
  errors,
  hint,
  children,
  ...input
}: {
  label: string;
  errors?: string[];
  hint?: ReactNode;
  name: string;
  children: ReactNode;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field name={input.name} id={input.id} label={label} errors={errors} hint={hint}>
      {(props) => (
        <select {...input} {...props}>
          {children}
        </select>
      )}
    </Field>
  );
}
