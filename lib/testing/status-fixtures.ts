// Status-change test fixtures, shared by the status-change and finalisation
// tests of lib/data/workspace.
import { currentStatus } from '@/lib/status-history';
import { testDb } from '@/lib/testing/db';
import {
  createArea,
  createItem,
  createPresidency,
  createSource,
  createStatement,
} from '@/lib/testing/factories';
import type { StatusChangeInput } from '@/lib/validation/status-changes';

/** An item of a presidency of its own (2000), with one anchored statement. */
export async function itemWithStatement(areaId?: string) {
  const area = areaId
    ? { id: areaId }
    : await createArea({ presidencyId: (await createPresidency()).id });
  const item = await createItem({ areaId: area.id });
  // Official, so that one report can carry a verdict (lib/evidence-rules.ts).
  const source = await createSource({ outletType: 'OFFICIAL' });
  const statement = await createStatement({
    sourceId: source.id,
    quote: 'The ministers agreed to hold a summit in Minsk.',
    itemIds: [item.id],
    // An agreement reached: a report of action, so it can support a rating.
    kind: 'PROGRESS_CLAIM',
  });
  return { areaId: area.id, item, source, statement };
}

export function change(
  itemId: string,
  overrides: Partial<StatusChangeInput> = {},
): StatusChangeInput {
  return {
    itemId,
    correctsId: null,
    status: 'IN_PROGRESS',
    effectiveOn: '2000-06-01',
    note: 'The summit was scheduled.',
    evidence: [],
    ...overrides,
  };
}

export async function changesOf(itemId: string) {
  return testDb().statusChange.findMany({
    where: { itemId },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      status: true,
      effectiveOn: true,
      createdAt: true,
      correctsId: true,
      note: true,
    },
  });
}

export async function statusOf(itemId: string) {
  const rows = await changesOf(itemId);
  return currentStatus(
    rows.map((row) => ({
      ...row,
      effectiveOn: row.effectiveOn.toISOString().slice(0, 10),
      createdAt: row.createdAt.toISOString(),
    })),
  );
}
