import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';

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
export function Field({ name, id: idProp, label, errors, hint, children }: FieldProps) {
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
