import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StatusBadge } from '@/components/status-badge';
import {
  StatusChangeForm,
  type StatusFormDefaults,
} from '@/components/workspace/status-change-form';
import { StatusHistory } from '@/components/workspace/status-history';
import { getStatusWorkspace } from '@/lib/data/workspace/status-workspace';
import { formatDay } from '@/lib/dates';
import { requireRole } from '@/lib/session';
import { statusDefinition } from '@/lib/status';
import { recordStatusChangeAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Item status', robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{
    correct?: string | string[];
    corrected?: string | string[];
    evidence?: string | string[];
  }>;
};

const EMPTY: StatusFormDefaults = { status: '', effectiveOn: '', note: '', evidence: [] };

export default async function ItemStatusPage({ params, searchParams }: Props) {
  const actor = await requireRole('ANALYST');
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const workspace = await getStatusWorkspace(actor, id);
  if (!workspace) notFound();
  const { item, history, statements, presidency } = workspace;

  const page = `/workspace/items/${encodeURIComponent(item.id)}/status`;
  const correctId = typeof query.correct === 'string' ? query.correct : undefined;
  const correctedId = typeof query.corrected === 'string' ? query.corrected : undefined;
  const target = correctId ? history.find((entry) => entry.id === correctId) : undefined;
  const correcting = target && target.isStanding ? target : undefined;
  const justCorrected = correctedId
    ? history.find((entry) => entry.id === correctedId && entry.corrects)
    : undefined;

  const ownIds = new Set(statements.map((statement) => statement.id));
  const evidenceId = typeof query.evidence === 'string' ? query.evidence : undefined;
  const quoted = evidenceId
    ? statements.find((statement) => statement.id === evidenceId && statement.isCitable)
    : undefined;
  const defaults: StatusFormDefaults = correcting
    ? {
        status: correcting.status,
        effectiveOn: correcting.effectiveOn,
        note: correcting.note,
        evidence: correcting.evidence
          .filter((statement) => statement.isCitable)
          .map((statement) => statement.id),
      }
    : quoted
      ? // From "record a status change with this quote": ticked, and its date proposed.
        { ...EMPTY, effectiveOn: quoted.statedOn ?? '', evidence: [quoted.id] }
      : EMPTY;
  const otherStatements = correcting
    ? correcting.evidence.filter((statement) => statement.isCitable && !ownIds.has(statement.id))
    : [];
  const definition = statusDefinition(workspace.status);

  return (
    <div className="max-w-3xl space-y-10">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href="/workspace/items" className="underline">
            All items
          </Link>{' '}
          ·{' '}
          <Link href={`/workspace/items/${item.id}`} className="underline">
            Edit the item
          </Link>
          {!item.isArchived && (
            <>
              {' '}
              ·{' '}
              <Link href={`/items/${item.id}`} prefetch={false} className="underline">
                Public page
              </Link>
            </>
          )}
        </p>
        <h1 className="text-2xl font-semibold">
          <span className="block text-base font-normal text-slate-600 dark:text-slate-400">
            Status of
          </span>
          {item.title}
        </h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{item.area.title}</p>
        <div className="space-y-1 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium">Current status:</span>{' '}
            <StatusBadge status={workspace.status} />
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">{definition.definition}</p>
        </div>
        {presidency.finalizedAt && (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            The presidency was finalised on {formatDay(presidency.finalizedAt)}. A change recorded
            now alters the final tally; prefer a correction with a clear note.
          </p>
        )}
        {justCorrected?.corrects && (
          <p
            role="status"
            className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          >
            Correction recorded. It replaces the entry of{' '}
            {formatDay(justCorrected.corrects.effectiveOn)}, which stays visible, marked as
            corrected.
          </p>
        )}
      </header>

      <section aria-labelledby="record-heading" className="space-y-4">
        <h2 id="record-heading" className="scroll-mt-24 text-xl font-semibold">
          {correcting
            ? `Correct the entry of ${formatDay(correcting.effectiveOn)}`
            : 'Record a status change'}
        </h2>
        {correctId && !correcting && (
          <div
            role="alert"
            className="space-y-1 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900 dark:bg-rose-950 dark:text-rose-100"
          >
            {target?.correctedBy ? (
              <p>
                This entry was already corrected by{' '}
                {target.correctedBy.authorName ?? 'the tracker editors'} on{' '}
                {formatDay(target.correctedBy.createdAt)}.{' '}
                <a href={`#change-${target.correctedBy.id}`} className="underline">
                  See the correction
                </a>
                , and correct that one if it needs it.
              </p>
            ) : (
              <p>This item has no such entry. Choose “Correct this entry” in the history below.</p>
            )}
          </div>
        )}
        {correcting && (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            A correction is a new entry that replaces this one; the corrected entry stays visible in
            the public history, marked as corrected. Say in the note what was wrong.
          </p>
        )}
        {item.isArchived ? (
          <p>
            This item is archived (or its area is): restore it before recording a status change.
          </p>
        ) : (
          <StatusChangeForm
            key={correcting?.id ?? 'new'}
            action={recordStatusChangeAction}
            itemId={item.id}
            bounds={workspace.bounds}
            statements={statements}
            otherStatements={otherStatements}
            correcting={
              correcting ? { id: correcting.id, effectiveOn: correcting.effectiveOn } : null
            }
            defaults={defaults}
            searchUrl={`${page}/statements`}
            cancelHref={page}
          />
        )}
      </section>

      <section aria-labelledby="history-heading" className="space-y-4">
        <h2 id="history-heading" className="text-xl font-semibold">
          Status history ({history.length})
        </h2>
        <StatusHistory
          entries={history}
          correctHref={(entryId) => `${page}?correct=${encodeURIComponent(entryId)}#record-heading`}
        />
      </section>
    </div>
  );
}
