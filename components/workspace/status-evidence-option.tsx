import { formatDay } from '@/lib/dates';
import type { EvidenceStatementDto } from '@/lib/data/shared/evidence-fields';
import { statementKindDefinition } from '@/lib/statement-kinds';

/** A statement as a checkbox: the quote is the label, who said it and where describe it. */
export function StatusEvidenceOption({
  statement,
  name,
  isChecked,
  onToggle,
  idPrefix = 'evidence',
  showItems = false,
}: {
  statement: EvidenceStatementDto;
  name: string;
  isChecked: boolean;
  onToggle: (id: string, isChecked: boolean) => void;
  idPrefix?: string;
  showItems?: boolean;
}) {
  const id = `${idPrefix}-${statement.id}`;
  const kind = statementKindDefinition(statement.kind);
  const reason = statement.isArchived
    ? 'Archived: cannot be cited.'
    : statement.anchorState !== 'ANCHORED'
      ? 'Orphaned (lost its place after the source text was revised): re-anchor it before citing it.'
      : null;
  return (
    <li className="flex gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <input
        type="checkbox"
        id={id}
        name={name}
        value={statement.id}
        checked={isChecked}
        data-checked={isChecked}
        disabled={!statement.isCitable && !isChecked}
        onChange={(event) => onToggle(statement.id, event.target.checked)}
        aria-describedby={`${id}-meta`}
        className="mt-1 size-4 shrink-0 accent-slate-900 dark:accent-slate-100"
      />
      <div className="min-w-0 space-y-1">
        <label htmlFor={id} className="block break-words font-serif">
          &ldquo;{statement.quote}&rdquo;
        </label>
        <p id={`${id}-meta`} className="text-sm text-slate-600 dark:text-slate-400">
          <span
            data-kind={statement.kind}
            className={
              kind.reportsActionOrOutcome
                ? 'font-medium text-slate-900 dark:text-slate-100'
                : 'font-medium'
            }
          >
            {kind.label}
            {!kind.reportsActionOrOutcome && ' (cannot support a rating on its own)'}
          </span>{' '}
          · {statement.speaker}
          {statement.statedOn && <>, {formatDay(statement.statedOn)}</>} · {statement.source.title}
          {showItems && statement.items.length > 0 && (
            <> · quoted for: {statement.items.map((item) => item.title).join('; ')}</>
          )}
          {reason && (
            <span className="block font-medium text-amber-800 dark:text-amber-300">{reason}</span>
          )}
        </p>
      </div>
    </li>
  );
}
