import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QuoteOrphanResolver } from '@/components/workspace/quote-orphan-resolver';
import { StatementArchiveForm } from '@/components/workspace/quote-statement-forms';
import { getOrphanedStatement } from '@/lib/data/workspace/orphans';
import { formatDay } from '@/lib/dates';
import { requireRole } from '@/lib/session';
import { statementKindLabel } from '@/lib/statement-kinds';
import { archiveOrphanAction, reattachStatementAction } from '../actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Resolve an orphaned quote', robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function OrphanPage({ params }: Props) {
  const actor = await requireRole('ANALYST');
  const orphan = await getOrphanedStatement(actor, (await params).id);
  if (!orphan) notFound();

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href="/workspace/orphans" className="underline">
            Orphaned quotes
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Resolve an orphaned quote</h1>
        <p>
          From{' '}
          <Link href={`/workspace/sources/${orphan.source.id}`} className="underline">
            {orphan.source.title}
          </Link>
          , version {orphan.versionNumber}. {orphan.speaker}
          {orphan.statedOn && `, ${formatDay(orphan.statedOn)}`} · {statementKindLabel(orphan.kind)}{' '}
          · evidence for {orphan.items.map((item) => item.title).join('; ') || 'no item'}.
        </p>
        <figure className="space-y-1">
          <figcaption className="text-sm font-medium">
            The quote in its old context (version {orphan.versionNumber})
          </figcaption>
          <blockquote className="whitespace-pre-wrap rounded-md border border-slate-200 p-3 font-serif dark:border-slate-800">
            <span className="text-slate-600 dark:text-slate-400">…{orphan.prefix}</span>
            <mark className="rounded-sm bg-rose-100 text-inherit dark:bg-rose-900/60">
              {orphan.quote}
            </mark>
            <span className="text-slate-600 dark:text-slate-400">{orphan.suffix}…</span>
          </blockquote>
        </figure>
        {orphan.latest.note && (
          <p className="text-sm">
            Version {orphan.latest.number} was saved with the note: “{orphan.latest.note}”.
          </p>
        )}
      </header>

      <section aria-labelledby="place-heading" className="space-y-3">
        <h2 id="place-heading" className="text-xl font-semibold">
          Place it in version {orphan.latest.number}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {orphan.suggestion
            ? `The closest passage (${Math.round(orphan.suggestion.score * 100)}% similar) is preselected; select another if it is not the same statement.`
            : 'No similar passage was found. Select the passage that says the same, or archive the statement.'}
        </p>
        <QuoteOrphanResolver
          statementId={orphan.id}
          statementVersion={orphan.version}
          sourceId={orphan.source.id}
          versionNumber={orphan.latest.number}
          text={orphan.latest.text}
          suggestion={orphan.suggestion}
          action={reattachStatementAction}
        />
      </section>

      <section aria-labelledby="archive-heading" className="max-w-xl space-y-3">
        <h2 id="archive-heading" className="text-xl font-semibold">
          Or archive it
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          When the corrected text no longer says it, archive the statement with a reason.
        </p>
        <StatementArchiveForm
          statement={{ id: orphan.id, version: orphan.version, evidenceCount: 0 }}
          action={archiveOrphanAction}
        />
      </section>
    </article>
  );
}
