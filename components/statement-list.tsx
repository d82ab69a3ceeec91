import Link from 'next/link';
import { formatDay } from '@/lib/dates';
import type { ItemStatementDto } from '@/lib/data/public/item-detail';
import { outletTypeLabel } from '@/lib/outlets';

/** An item's statements: the quote, who said it and when, and a link to its spot in the source. */
export function StatementList({ statements }: { statements: ItemStatementDto[] }) {
  return (
    <ul className="space-y-5">
      {statements.map((statement) => (
        <li key={statement.id} id={`statement-${statement.id}`} className="space-y-1 scroll-mt-24">
          <blockquote className="border-l-2 border-slate-300 pl-3 dark:border-slate-600">
            &ldquo;{statement.quote}&rdquo;
          </blockquote>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {statement.speaker}
            {statement.statedOn && (
              <>
                , <time dateTime={statement.statedOn}>{formatDay(statement.statedOn)}</time>
              </>
            )}{' '}
            ·{' '}
            <Link href={`/sources/${statement.source.id}#q-${statement.id}`} className="underline">
              {statement.source.title}
            </Link>{' '}
            ({statement.source.outlet}, {outletTypeLabel(statement.source.outletType)})
          </p>
        </li>
      ))}
    </ul>
  );
}
