import { StatusBadge } from '@/components/status-badge';
import { useLocale } from 'next-intl';
import { REAFFIRMED_LABEL, REAFFIRMED_LABEL_RU, type Status } from '@/lib/status';

/**
 * One entry of a status history: "old → new", or, when the entry keeps the
 * status it found, "status, reaffirmed with new evidence" (never "X → X").
 */
export function StatusTransition({ from, to }: { from: Status; to: Status }) {
  const isRussian = useLocale() === 'ru';
  if (from === to) {
    return (
      <>
        <StatusBadge status={to} size="sm" />
        <span className="text-slate-700 dark:text-slate-300">
          {isRussian ? REAFFIRMED_LABEL_RU : REAFFIRMED_LABEL}
        </span>
      </>
    );
  }
  return (
    <>
      <StatusBadge status={from} size="sm" />
      <span aria-label={isRussian ? 'изменено на' : 'changed to'}>→</span>
      <StatusBadge status={to} size="sm" />
    </>
  );
}
