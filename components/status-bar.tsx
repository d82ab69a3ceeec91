import { statusDefinition, type Status } from '@/lib/status';

// A server-rendered stacked bar: no chart library, no client JS, and SVG
// geometry rather than inline styles (the CSP allows no style attributes).
// The counts are also given as text, so the bar is decoration only.
export function StatusBar({ tally }: { tally: { code: Status; count: number }[] }) {
  const total = tally.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  let offset = 0;
  return (
    <svg className="h-3 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true" focusable="false">
      {tally
        .filter((entry) => entry.count > 0)
        .map((entry) => {
          const x = offset;
          const width = (entry.count / total) * 100;
          offset += width;
          return (
            <rect key={entry.code} x={`${x}%`} y="0" width={`${width}%`} height="100%" className={statusDefinition(entry.code).fill}>
              <title>{`${statusDefinition(entry.code).label}: ${entry.count}`}</title>
            </rect>
          );
        })}
    </svg>
  );
}

export function StatusCounts({ tally }: { tally: { code: Status; count: number }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {tally
        .filter((entry) => entry.count > 0)
        .map((entry) => (
          <li key={entry.code} className="flex items-center gap-1.5">
            <span className={`inline-block size-2.5 rounded-full ${statusDefinition(entry.code).bar}`} aria-hidden="true" />
            <span>
              {statusDefinition(entry.code).label}: <strong>{entry.count}</strong>
            </span>
          </li>
        ))}
    </ul>
  );
}
