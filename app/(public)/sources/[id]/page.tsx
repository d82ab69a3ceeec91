import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SourceText } from '@/components/source-text';
import { formatDay } from '@/lib/dates';
import { getSourceDetail } from '@/lib/data/sources';
import { outletTypeLabel } from '@/lib/outlets';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSourceDetail((await params).id);
  if (!source) return { title: 'Source not found' };
  return { title: source.title, description: `${source.outlet}, ${formatDay(source.publishedOn)}` };
}

export default async function SourcePage({ params }: Props) {
  const source = await getSourceDetail((await params).id);
  if (!source) notFound();

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href="/sources" className="underline">Sources</Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{source.title}</h1>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Outlet</dt>
          <dd>
            {source.outlet} ({outletTypeLabel(source.outletType)})
          </dd>
          <dt className="font-medium">Published</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <time dateTime={source.publishedOn}>{formatDay(source.publishedOn)}</time>
            {source.yearInferred && (
              <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-100">
                Inferred year
              </span>
            )}
          </dd>
          {source.yearInferred && source.yearBasis && (
            <>
              <dt className="font-medium">Why this year</dt>
              <dd>{source.yearBasis}</dd>
            </>
          )}
          {source.dateline && (
            <>
              <dt className="font-medium">Dateline</dt>
              <dd>{source.dateline}</dd>
            </>
          )}
          {source.place && (
            <>
              <dt className="font-medium">Place</dt>
              <dd>{source.place}</dd>
            </>
          )}
          {source.event && (
            <>
              <dt className="font-medium">Event</dt>
              <dd>{source.event}</dd>
            </>
          )}
          <dt className="font-medium">Languages</dt>
          <dd>{source.languages.join(', ')}</dd>
          <dt className="font-medium">Original</dt>
          <dd className="break-all">
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer" className="underline">
                {source.url}
              </a>
            ) : (
              'Link unknown'
            )}
          </dd>
          <dt className="font-medium">Text</dt>
          <dd>
            Version {source.version.number}, SHA-256 <code className="break-all font-mono text-xs">{source.version.sha256}</code>
          </dd>
        </dl>
      </header>

      <section aria-labelledby="text-heading" className="space-y-3">
        <h2 id="text-heading" className="text-xl font-semibold">
          Full text <span className="text-base font-normal text-slate-600 dark:text-slate-400">({source.spans.length} quoted passages highlighted)</span>
        </h2>
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800 sm:p-6">
          <SourceText text={source.version.text} spans={source.spans} />
        </div>
      </section>
    </article>
  );
}
