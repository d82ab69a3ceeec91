'use client';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p>
        The page could not be shown because of an error on our side, or because the tracker&rsquo;s
        database is restarting. Nothing you saved was lost. Try again in a few seconds; if it keeps
        failing, report the reference below.
      </p>
      {error.digest && <p className="font-mono text-sm">Reference: {error.digest}</p>}
      <button
        type="button"
        onClick={reset}
        className="rounded bg-slate-900 px-3 py-2 text-white dark:bg-slate-100 dark:text-slate-900"
      >
        Try again
      </button>
    </div>
  );
}
