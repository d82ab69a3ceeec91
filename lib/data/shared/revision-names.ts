import 'server-only';
import { db } from '@/lib/db';
import { isoDay } from '@/lib/dates';
import { STATUSES } from '@/lib/status';
import { referencedIds, type DescribeContext, type RevisionRow } from '@/lib/revision-description';

// The names the history and the audit log show instead of ids (issue 11:
// "cuids instead of names"): the records a page of revisions points at, one
// query per kind of record, bounded by that page.

const clip = (text: string) => (text.length > 80 ? `“${text.slice(0, 79)}…”` : `“${text}”`);

/** What describeRevision names things with, for these revisions: area titles, and the records they point at. */
export async function readDescribeContext(
  rows: readonly Pick<RevisionRow, 'before' | 'after'>[],
): Promise<DescribeContext> {
  const [areas, names] = await Promise.all([
    db().priorityArea.findMany({ select: { id: true, title: true } }),
    readRevisionNames(referencedIds(rows)),
  ]);
  return { areaTitles: new Map(areas.map((area) => [area.id, area.title])), names };
}

async function readRevisionNames(ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (ids.length === 0) return names;
  const where = { id: { in: [...ids] } };
  const [items, statements, changes, versions, sources] = await Promise.all([
    db().item.findMany({ where, select: { id: true, title: true } }),
    db().statement.findMany({ where, select: { id: true, quote: true } }),
    db().statusChange.findMany({ where, select: { id: true, status: true, effectiveOn: true } }),
    db().sourceVersion.findMany({
      where,
      select: { id: true, number: true, source: { select: { title: true } } },
    }),
    db().source.findMany({ where, select: { id: true, title: true } }),
  ]);
  for (const item of items) names.set(item.id, item.title);
  for (const statement of statements) names.set(statement.id, clip(statement.quote));
  for (const change of changes) {
    const label = STATUSES.find((status) => status.code === change.status)?.label ?? change.status;
    names.set(change.id, `the entry “${label}” of ${isoDay(change.effectiveOn)}`);
  }
  for (const version of versions)
    names.set(version.id, `version ${version.number} of “${version.source.title}”`);
  for (const source of sources) names.set(source.id, source.title);
  return names;
}
