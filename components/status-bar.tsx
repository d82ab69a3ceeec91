import { useLocale } from 'next-intl';
import { statusDefinition, statusText, type Status } from '@/lib/status';

// A server-rendered stacked bar: no chart library, no client JS, and SVG
// geometry rather than inline styles (the CSP allows no style attributes).
// The counts are also given as text, so the bar is decoration only.
export function StatusBar({ tally }: { tally: { code: Status; count: number }[] }) {
  const locale = useLocale();
  const total = tally.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  const shown = tally.filter((entry) => entry.count > 0);
  const widths = shown.map((entry) => (entry.count / total) * 100);
  const offsets = widths.map((_, index) =>
    widths.slice(0, index).reduce((sum, width) => sum + width, 0),
  );
  return (
    <svg
      className="h-3 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800"
      aria-hidden="true"
      focusable="false"
    >
      {shown.map((entry, index) => (
        <rect
          key={entry.code}
          x={`${offsets[index]}%`}
          y="0"
          width={`${widths[index]}%`}
          height="100%"
          className={statusDefinition(entry.code).fill}
        >
          <title>{`${statusText(entry.code, locale).label}: ${entry.count}`}</title>
        </rect>
      ))}
    </svg>
  );
}

export function StatusCounts({ tally }: { tally: { code: Status; count: number }[] }) {
  const locale = useLocale();
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {tally
        .filter((entry) => entry.count > 0)
        .map((entry) => (
          <li key={entry.code} className="flex items-center gap-1.5">
            <span
              className={`inline-block size-2.5 rounded-full ${statusDefinition(entry.code).bar}`}
              aria-hidden="true"
            />
            <span>
              {statusText(entry.code, locale).label}: <strong>{entry.count}</strong>
            </span>
          </li>
        ))}
    </ul>
  );
}
