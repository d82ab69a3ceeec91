import Link from 'next/link';
import { formatDay } from '@/lib/dates';
import type { QuotableAreaDto, WorkspaceStatementDto } from '@/lib/data/workspace/sources';
import type { FormState } from '@/lib/form-state';
import { statementKindLabel } from '@/lib/statement-kinds';
import { StatementArchiveForm, StatementEditForm } from './quote-statement-forms';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface SourceStatementListProps {
  statements: readonly WorkspaceStatementDto[];
  latestVersion: number;
  areas: readonly QuotableAreaDto[];
  updateAction: Action;
  archiveAction: Action;
}

/** The source's live statements: the quote, its facts, and forms to edit or archive it. */
export function SourceStatementList({
  statements,
  latestVersion,
  areas,
  updateAction,
  archiveAction,
}: SourceStatementListProps) {
  if (statements.length === 0) {
    return (
      <p className="text-slate-600 dark:text-slate-400">
        No statements yet: select a passage in the text above to quote it.
      </p>
    );
  }
  return (
    <ol className="space-y-4">
      {statements.map((statement) => {
        const isOrphaned = statement.anchorState === 'ORPHANED';
        return (
          <li
            key={statement.id}
            id={`statement-${statement.id}`}
            className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
          >
            <blockquote className="whitespace-pre-wrap border-l-4 border-amber-500 pl-3 font-serif">
              {statement.quote}
            </blockquote>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {statement.speaker}
              {statement.statedOn && (
                <>
                  {' · '}
                  <time dateTime={statement.statedOn}>{formatDay(statement.statedOn)}</time>
                </>
              )}
              {' · '}
              {statementKindLabel(statement.kind)}
              {' · '}
              {isOrphaned ? (
                <span className="font-medium text-rose-800 dark:text-rose-300">
                  Orphaned: its quote was not found in version {latestVersion} (still points into
                  version {statement.versionNumber}).{' '}
                  <Link href={`/workspace/orphans/${statement.id}`} className="underline">
                    Resolve
                  </Link>
                </span>
              ) : (
                <a href={`#q-${statement.id}`} className="underline">
                  Show in the text
                </a>
              )}
            </p>
            <p className="text-sm">
              <span className="font-medium">Evidence for:</span>{' '}
              {statement.items.map((item, index) => (
                <span key={item.id}>
                  {index > 0 && '; '}
                  {item.isArchived ? (
                    `${item.title} (archived)`
                  ) : (
                    <Link href={`/items/${item.id}`} prefetch={false} className="underline">
                      {item.title}
                    </Link>
                  )}
                </span>
              ))}
              {statement.items.length === 0 && 'no item'}
            </p>
            <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
              <details className="group rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800 sm:min-w-[20rem] sm:flex-1">
                <summary className="cursor-pointer text-sm font-medium">
                  Edit speaker, date, kind or items
                </summary>
                <div className="pt-3">
                  <StatementEditForm statement={statement} areas={areas} action={updateAction} />
                </div>
              </details>
              <details className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800 sm:min-w-[16rem]">
                <summary className="cursor-pointer text-sm font-medium">Archive</summary>
                <div className="pt-3">
                  <StatementArchiveForm statement={statement} action={archiveAction} />
                </div>
              </details>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
