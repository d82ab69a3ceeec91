import { useLocale } from 'next-intl';
import { statusDefinition, statusText, type Status } from '@/lib/status';

export function StatusBadge({ status, size = 'md' }: { status: Status; size?: 'sm' | 'md' }) {
  const definition = statusDefinition(status);
  const { label } = statusText(status, useLocale());
  const padding = size === 'sm' ? 'px-2 py-0.5 text-xs' : 'px-2.5 py-1 text-sm';
  return (
    <span
      className={`inline-flex shrink-0 items-center whitespace-nowrap rounded-full font-medium ring-1 ring-inset ${padding} ${definition.tone}`}
    >
      {label}
    </span>
  );
}
