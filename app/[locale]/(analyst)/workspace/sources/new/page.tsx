import type { Metadata } from 'next';
import Link from 'next/link';
import { SourceImportForm } from '@/app/[locale]/(analyst)/workspace/sources/new/source-import-form';
import { requireRole } from '@/lib/session';
import { importSourceAction, prepareImportAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Import a source', robots: { index: false } };

export default async function ImportSourcePage() {
  await requireRole('ANALYST');
  return (
    <div className="max-w-4xl space-y-6">
      <p className="text-sm">
        <Link href="/workspace/sources" className="underline">
          Sources
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Import a source</h1>
      <p className="text-slate-700 dark:text-slate-300">
        The text is stored exactly as previewed and never changes afterwards; a correction becomes a
        new version. Statements can then be quoted from it.
      </p>
      <SourceImportForm prepareAction={prepareImportAction} importAction={importSourceAction} />
    </div>
  );
}
