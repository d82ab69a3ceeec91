import type { Metadata } from 'next';
import Link from 'next/link';
import { RevisionDiff } from '@/components/revision-diff';
import { Select, TextInput } from '@/components/ui/field';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { listAuditLog, listAuditPeople, type AuditFilters } from '@/lib/data/admin/audit-log';
import { REVISION_ACTIONS } from '@/lib/revision-description';
import { requireRole } from '@/lib/session';
import { isIsoDate } from '@/lib/validation/days';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

const PAGE_SIZE = 50;

const RECORD_TYPES = [
  ['Item', 'Items'],
  ['Milestone', 'Milestones'],
  ['PriorityArea', 'Areas'],
  ['Source', 'Sources'],
  ['Statement', 'Statements'],
  ['StatusChange', 'Status changes'],
  ['Annotation', 'Internal notes'],
  ['SuggestionDismissal', 'Dismissed suggestions'],
  ['User', 'Accounts'],
  ['Presidency', 'The presidency'],
] as const;

type Params = Partial<
  Record<'page' | 'entity' | 'record' | 'person' | 'action' | 'from' | 'to', string>
>;
type Props = { searchParams: Promise<Params> };

/** The filters as given, each kept only when well formed (an odd one is ignored, and said). */
function readFilters(params: Params): { filters: AuditFilters; ignored: string[] } {
  const ignored: string[] = [];
  const keep = (name: string, value: string | undefined, ok: (value: string) => boolean) => {
    if (!value) return undefined;
    if (ok(value)) return value;
    ignored.push(name);
    return undefined;
  };
  const day = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isIsoDate(value);
  return {
    filters: {
      page: pageParam(params.page),
      pageSize: PAGE_SIZE,
      entityType: keep('record type', params.entity, (value) =>
        RECORD_TYPES.some(([code]) => code === value),
      ),
      entityId: keep('record', params.record, (value) => /^[\w-]{1,200}$/.test(value)),
      actorId: keep('person', params.person, (value) => /^[\w-]{1,200}$/.test(value)),
      action: keep('action', params.action, (value) =>
        REVISION_ACTIONS.some((action) => action.code === value),
      ),
      from: keep('from', params.from, day),
      to: keep('to', params.to, day),
    },
    ignored,
  };
}

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireRole('ADMIN');
  const { filters, ignored } = readFilters(await searchParams);
  const [{ rows, total }, people] = await Promise.all([
    listAuditLog(actor, filters),
    listAuditPeople(actor),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const query = (page: number) =>
    `/admin/audit?${new URLSearchParams({
      ...(filters.entityType ? { entity: filters.entityType } : {}),
      ...(filters.entityId ? { record: filters.entityId } : {}),
      ...(filters.actorId ? { person: filters.actorId } : {}),
      ...(filters.action ? { action: filters.action } : {}),
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
      page: String(page),
    })}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Every change recorded, newest first: {total} {total === 1 ? 'entry' : 'entries'} match.
      </p>

      <form
        method="get"
        action="/admin/audit"
        role="search"
        aria-label="Filter the audit log"
        className="grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-3 dark:border-slate-800"
      >
        <Select name="person" label="Person" defaultValue={filters.actorId ?? ''}>
          <option value="">Anyone</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </Select>
        <Select name="action" label="Action" defaultValue={filters.action ?? ''}>
          <option value="">Any action</option>
          {REVISION_ACTIONS.map((action) => (
            <option key={action.code} value={action.code}>
              {action.label}
            </option>
          ))}
        </Select>
        <Select name="entity" label="Record type" defaultValue={filters.entityType ?? ''}>
          <option value="">Any record</option>
          {RECORD_TYPES.map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </Select>
        <TextInput name="from" type="date" label="From (UTC)" defaultValue={filters.from ?? ''} />
        <TextInput name="to" type="date" label="To (UTC)" defaultValue={filters.to ?? ''} />
        {filters.entityId && <input type="hidden" name="record" value={filters.entityId} />}
        <div className="flex items-end gap-4">
          <button
            type="submit"
            className="inline-flex items-center rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
          >
            Apply
          </button>
          <Link href="/admin/audit" className="text-sm underline underline-offset-4">
            Clear
          </Link>
        </div>
      </form>
      {ignored.length > 0 && (
        <p role="alert" className="text-sm text-rose-800 dark:text-rose-200">
          Ignored, not understood: {ignored.join(', ')}.
        </p>
      )}
      {filters.entityId && (
        <p className="text-sm">
          One record only.{' '}
          <Link href="/admin/audit" className="underline">
            Show every record
          </Link>
        </p>
      )}

      <ol aria-label="Audit entries" className="divide-y divide-slate-200 dark:divide-slate-800">
        {rows.map((row) => (
          <li key={row.id} className="space-y-2 py-3">
            <p className="text-sm">
              <time dateTime={row.at} className="font-mono text-xs">
                {row.at.replace('T', ' ').slice(0, 19)} UTC
              </time>{' '}
              · <strong>{row.actorName ?? 'the system'}</strong> · {row.entry.summary}{' '}
              <Link
                href={`/admin/audit?${new URLSearchParams({ entity: row.entityType, record: row.entityId })}`}
                className="underline"
              >
                all changes to this record
              </Link>
            </p>
            {row.entry.changes.length > 0 && <RevisionDiff entry={row.entry} />}
            {(row.before != null || row.after != null) && (
              <details className="text-xs text-slate-600 dark:text-slate-400">
                <summary className="cursor-pointer">As stored</summary>
                <pre className="overflow-x-auto whitespace-pre-wrap">
                  {JSON.stringify({ before: row.before, after: row.after }, null, 2)}
                </pre>
              </details>
            )}
          </li>
        ))}
      </ol>
      <Pagination page={filters.page} pageCount={pageCount} href={query} label="Pages" />
    </div>
  );
}
