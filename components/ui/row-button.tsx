'use client';

import { useFormStatus } from 'react-dom';

/** A compact submit button, disabled while its form is being sent; `label` names it for assistive technology. */
export function RowButton({
  children,
  disabled,
  label,
}: {
  children: React.ReactNode;
  disabled?: boolean;
  label?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-label={label}
      disabled={disabled || pending}
      aria-disabled={disabled || pending}
      className="inline-flex items-center rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-900 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      {children}
    </button>
  );
}
