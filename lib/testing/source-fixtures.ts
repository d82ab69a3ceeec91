// Source-workspace test fixtures, shared by the import, statement and
// revision tests of lib/data/workspace: an analyst and three live items of
// their own, an import input, and helpers that import a text and quote it.
import { randomBytes } from 'node:crypto';
import { importSource } from '@/lib/data/workspace/source-import';
import { createStatement } from '@/lib/data/workspace/statements';
import type { SessionUser } from '@/lib/session';
import { testDb } from '@/lib/testing/db';
import { createArea, createItem, createUser } from '@/lib/testing/factories';
import { importSourceSchema, type ImportSourceInput } from '@/lib/validation/sources';

export const token = () => randomBytes(5).toString('hex');

const current: { analyst?: SessionUser; itemIds: string[] } = { itemIds: [] };

/** One analyst and one area with three live items, owned by the calling test file. */
export async function setUpSourceFixtures(): Promise<{ analyst: SessionUser; itemIds: string[] }> {
  current.analyst = await createUser({ role: 'ANALYST' });
  const area = await createArea();
  current.itemIds = [];
  for (let index = 0; index < 3; index += 1) {
    current.itemIds.push((await createItem({ areaId: area.id })).id);
  }
  return { analyst: current.analyst, itemIds: current.itemIds };
}

export function importInput(
  text: string,
  overrides: Partial<Record<string, unknown>> = {},
): ImportSourceInput {
  return importSourceSchema.parse({
    title: `Test source ${token()}`,
    outlet: 'BelTA',
    outletType: 'STATE_MEDIA',
    url: 'https://eng.belta.by/test',
    publishedOn: '2023-03-14',
    yearInferred: 'on',
    yearBasis: 'Test reason',
    confirmYear: 'on',
    place: 'Minsk',
    dateline: 'MINSK, 14 March (BelTA) –',
    languages: 'en, ru',
    text,
    trim: [],
    ...overrides,
  });
}

export async function importText(text: string): Promise<string> {
  const result = await importSource(current.analyst!, importInput(text));
  if (!result.ok) throw new Error(result.message);
  return result.value.id;
}

/** Quotes `quote` (its first occurrence) from the newest text, like a selection in the reader. */
export async function quote(sourceId: string, exact: string, itemId = current.itemIds[0]!) {
  const source = await testDb().source.findUniqueOrThrow({
    where: { id: sourceId },
    select: { latestVersion: true },
  });
  const result = await createStatement(current.analyst!, {
    sourceId,
    sourceVersion: source.latestVersion,
    mode: 'text',
    quoteText: exact,
    occurrence: undefined,
    speaker: 'Aleksandr Lukashenko',
    relayedFrom: null,
    sameRemarkAs: null,
    statedOn: '2023-03-14',
    kind: 'COMMITMENT',
    itemIds: [itemId],
  });
  if (!result.ok) throw new Error(result.message);
  return result.value.id;
}
