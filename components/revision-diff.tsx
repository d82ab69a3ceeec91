import type { DiffPart } from '@/lib/diff';
import type { FieldChangeDto, HistoryEntryDto } from '@/lib/revision-description';

// The changes of one revision, readable: a table of fields with old and new
// values; long prose as a word diff with deletions struck through and
// insertions underlined (so colour is never the only signal).

export function RevisionDiff({ entry }: { entry: HistoryEntryDto }) {
  if (entry.changes.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">No field changed.</p>;
  const isCreation = entry.changes.every((change) => change.before === null);
  const isRemoval = entry.changes.every((change) => change.after === null);
  return (
    <dl className="space-y-2 text-sm">
      {entry.changes.map((change) => (
        <div key={change.field} className="grid gap-1 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">{change.label}</dt>
          <dd className="min-w-0 break-words">
            {isCreation ? (
              <Value value={change.after} />
            ) : isRemoval ? (
              <Value value={change.before} />
            ) : (
              <Change change={change} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Change({ change }: { change: FieldChangeDto }) {
  if (change.parts) return <WordDiff parts={change.parts} />;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <del className="text-rose-800 decoration-2 dark:text-rose-300">
        <span className="sr-only">was </span>
        <Value value={change.before} />
      </del>
      <span aria-hidden="true">→</span>
      <ins className="text-emerald-800 no-underline dark:text-emerald-300">
        <span className="sr-only">now </span>
        <Value value={change.after} />
      </ins>
    </span>
  );
}

function Value({ value }: { value: string | null }) {
  return value === null ? (
    <em className="text-slate-600 dark:text-slate-400">empty</em>
  ) : (
    <span className="whitespace-pre-wrap">{value}</span>
  );
}

export function WordDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="whitespace-pre-wrap">
      {parts.map((part, index) =>
        part.op === 'equal' ? (
          <span key={index}>{part.text}</span>
        ) : part.op === 'delete' ? (
          <del
            key={index}
            className="rounded-sm bg-rose-100 text-rose-900 decoration-2 dark:bg-rose-950 dark:text-rose-100"
          >
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins
            key={index}
            className="rounded-sm bg-emerald-100 text-emerald-900 underline decoration-2 dark:bg-emerald-950 dark:text-emerald-100"
          >
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
