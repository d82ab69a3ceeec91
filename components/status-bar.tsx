import { statusDefinition, type Status } from '@/lib/status';

// A server-rendered stacked bar: no chart library, no client JS. The counts are
// also given as text, so the bar is decoration for sighted readers only.
export function StatusBar({ tally }: { tally: { code: Status; count: number }[] }) {
  const total = tally.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  return (
    <div className="flex h-3 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
      {tally
        .filter((entry) => entry.count > 0)
        .map((entry) => (
          <div
            key={entry.code}
            className={statusDefinition(entry.code).bar}
            style={{ width: `${(entry.count / total) * 100}%` }}
            title={`${statusDefinition(entry.code).label}: ${entry.count}`}
          />
        ))}
    </div>
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
