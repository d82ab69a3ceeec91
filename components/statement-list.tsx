import Link from 'next/link';
import { formatDay } from '@/lib/dates';
import type { ItemStatementDto } from '@/lib/data/public/item-detail';
import { outletTypeLabel } from '@/lib/outlets';
import { copyCredit, quoteLang, speakerCredit } from '@/lib/provenance';

/**
 * An item's statements: the quote, who said it (and whose words it relays),
 * when, what copy it comes from, and a link to its spot in the source.
 * Background statements (from before the presidency) say so with their year.
 */
export function StatementList({ statements }: { statements: ItemStatementDto[] }) {
  return (
    <ul className="space-y-5">
      {statements.map((statement) => {
        const copy = copyCredit(statement);
        return (
          <li
            key={statement.id}
            id={`statement-${statement.id}`}
            className="space-y-1 scroll-mt-24"
          >
            {statement.isBackground && (
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
                Background, {statement.source.publishedOn.slice(0, 4)}: from before the presidency
              </p>
            )}
            <blockquote
              lang={quoteLang(statement.quote)}
              className="border-l-2 border-slate-300 pl-3 dark:border-slate-600"
            >
              &ldquo;{statement.quote}&rdquo;
            </blockquote>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {speakerCredit(statement)}
              {statement.statedOn && (
                <>
                  , <time dateTime={statement.statedOn}>{formatDay(statement.statedOn)}</time>
                </>
              )}
              {copy && <>, {copy}</>} ·{' '}
              <Link
                href={`/sources/${statement.source.id}#q-${statement.id}`}
                className="underline"
              >
                {statement.source.title}
              </Link>{' '}
              ({statement.source.outlet}, {outletTypeLabel(statement.source.outletType)})
            </p>
          </li>
        );
      })}
    </ul>
  );
}
