import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SourceMetadata } from '@/components/source-metadata';
import { SourceText } from '@/components/source-text';
import { formatDay } from '@/lib/dates';
import { getSourceDetail } from '@/lib/data/public/sources';
import { pageLocale } from '@/lib/i18n/page-locale';

// Rendered once and shared (ISR): refreshed at once after an analyst's save
// (updateTag), and within a second of any other write. docs/decisions/0013.
export const revalidate = 1;

// None at build time: each page is rendered on its first request, then cached.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSourceDetail((await params).id);
  if (!source) return { title: 'Source not found' };
  return { title: source.title, description: `${source.outlet}, ${formatDay(source.publishedOn)}` };
}

export default async function SourcePage({ params }: Props) {
  await pageLocale(params);
  const source = await getSourceDetail((await params).id);
  if (!source) notFound();

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href="/sources" className="underline">
            Sources
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{source.title}</h1>
        <SourceMetadata source={source} audience="public">
          <dt className="font-medium">Text</dt>
          <dd>
            Version {source.version.number}, SHA-256{' '}
            <code className="break-all font-mono text-xs">{source.version.sha256}</code>
          </dd>
        </SourceMetadata>
      </header>

      <section aria-labelledby="text-heading" className="space-y-3">
        <h2 id="text-heading" className="text-xl font-semibold">
          Full text{' '}
          <span className="text-base font-normal text-slate-600 dark:text-slate-400">
            ({source.spans.length} quoted passages highlighted)
          </span>
        </h2>
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800 sm:p-6">
          <SourceText text={source.version.text} spans={source.spans} />
        </div>
      </section>
    </article>
  );
}
