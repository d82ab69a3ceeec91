'use client';

import { useFormStatus } from 'react-dom';

/** Disabled, with a busy label, while its form is being submitted. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: 'primary' | 'danger' | 'secondary';
}) {
  const { pending } = useFormStatus();
  const colours = {
    primary:
      'bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300',
    danger: 'bg-rose-700 text-white hover:bg-rose-600',
    secondary:
      'border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100',
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${colours}`}
    >
      {pending ? (pendingLabel ?? 'Saving…') : children}
    </button>
  );
}
