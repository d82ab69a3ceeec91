'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations('error');
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p>{t('body')}</p>
      {error.digest && (
        <p className="font-mono text-sm">{t('reference', { digest: error.digest })}</p>
      )}
      <button
        type="button"
        onClick={reset}
        className="rounded bg-slate-900 px-3 py-2 text-white dark:bg-slate-100 dark:text-slate-900"
      >
        {t('retry')}
      </button>
    </div>
  );
}
