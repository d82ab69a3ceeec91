import type { Metadata } from 'next';
import Link from 'next/link';
import { listAuditLog } from '@/lib/data/admin/audit-log';
import { requireRole } from '@/lib/session';
import { pageParam } from '@/components/ui/pagination';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<{ page?: string; entity?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireRole('ADMIN');
  const params = await searchParams;
  const page = pageParam(params.page);
  const entityType = params.entity && /^[A-Za-z]+$/.test(params.entity) ? params.entity : undefined;
  const { rows, total } = await listAuditLog(actor, { page, pageSize: PAGE_SIZE, entityType });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const link = (target: number) =>
    `/admin/audit?${new URLSearchParams({ ...(entityType ? { entity: entityType } : {}), page: String(target) })}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Every change, sign-in and failed sign-in, newest first. {total} entries
        {entityType ? ` for ${entityType}` : ''}.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[48rem] text-left text-sm">
          <thead className="border-b border-slate-300 dark:border-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-3">
                When (UTC)
              </th>
              <th scope="col" className="py-2 pr-3">
                Who
              </th>
              <th scope="col" className="py-2 pr-3">
                Action
              </th>
              <th scope="col" className="py-2 pr-3">
                Record
              </th>
              <th scope="col" className="py-2">
                Details
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                className="border-b border-slate-200 align-top dark:border-slate-800"
              >
                <td className="whitespace-nowrap py-2 pr-3 font-mono text-xs">
                  {row.at.replace('T', ' ').slice(0, 19)}
                </td>
                <td className="py-2 pr-3">{row.actorName ?? '—'}</td>
                <td className="py-2 pr-3">{row.action}</td>
                <td className="py-2 pr-3">
                  <Link href={`/admin/audit?entity=${row.entityType}`} className="underline">
                    {row.entityType}
                  </Link>{' '}
                  <span className="break-all font-mono text-xs">{row.entityId}</span>
                </td>
                <td className="max-w-md py-2">
                  {(row.before != null || row.after != null) && (
                    <details>
                      <summary className="cursor-pointer">Before / after</summary>
                      <pre className="overflow-x-auto whitespace-pre-wrap text-xs">
                        {JSON.stringify({ before: row.before, after: row.after }, null, 2)}
                      </pre>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {page > 1 && (
          <Link href={link(page - 1)} className="underline">
            Newer
          </Link>
        )}
        <span>
          Page {page} of {pageCount}
        </span>
        {page < pageCount && (
          <Link href={link(page + 1)} className="underline">
            Older
          </Link>
        )}
      </nav>
    </div>
  );
}
