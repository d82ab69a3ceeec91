// Test data factories: each call makes unique records (tests own their data,
// and append-only tables cannot be cleaned up), defaults for every field, and
// overrides for what a test cares about. Uses the test database client.
import { randomBytes } from 'node:crypto';
import { anchorColumns, anchorQuote, sourceVersionData } from '@/lib/source-records';
import type {
  AreaKind,
  DatePrecision,
  OutletType,
  Role,
  StatementKind,
} from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/session';
import { testDb } from './db';

export function uniqueId(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** An account, returned as the session user the data layer expects. */
export async function createUser(
  overrides: { role?: Role; name?: string; email?: string; disabled?: boolean } = {},
): Promise<SessionUser> {
  const id = uniqueId('user');
  const user = await testDb().user.create({
    data: {
      id,
      email: overrides.email ?? `${id}@factory.test`,
      name: overrides.name ?? `Analyst ${id.slice(-6)}`,
      role: overrides.role ?? 'ANALYST',
      // Not a valid hash: factory users never sign in through the form.
      passwordHash: 'factory-no-password',
      disabledAt: overrides.disabled ? new Date() : null,
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

/**
 * A presidency of its own, dated long before the real one so that reads of
 * "the current presidency" are not disturbed.
 */
export async function createPresidency(overrides: { id?: string } = {}): Promise<{ id: string }> {
  return testDb().presidency.create({
    data: {
      id: overrides.id ?? uniqueId('presidency'),
      organization: 'Test organization',
      chairCountry: 'Testland',
      periodStart: day('2000-01-01'),
      periodEnd: day('2000-12-31'),
      motto: 'Testing together',
    },
    select: { id: true },
  });
}

export async function createArea(
  overrides: {
    presidencyId?: string;
    title?: string;
    summary?: string;
    position?: number;
    kind?: AreaKind;
    archived?: boolean;
  } = {},
): Promise<{ id: string; presidencyId: string; title: string; version: number }> {
  const presidencyId = overrides.presidencyId ?? (await createPresidency()).id;
  const id = uniqueId('area');
  const position =
    overrides.position ?? (await testDb().priorityArea.count({ where: { presidencyId } }));
  return testDb().priorityArea.create({
    data: {
      id,
      presidencyId,
      kind: overrides.kind ?? 'PRIORITY',
      position,
      title: overrides.title ?? `Area ${id.slice(-6)}`,
      summary: overrides.summary ?? 'An area made by a test.',
      archivedAt: overrides.archived ? new Date() : null,
    },
    select: { id: true, presidencyId: true, title: true, version: true },
  });
}

export async function createItem(
  overrides: {
    areaId?: string;
    title?: string;
    summary?: string;
    position?: number;
    archived?: boolean;
  } = {},
): Promise<{
  id: string;
  areaId: string;
  title: string;
  summary: string;
  version: number;
  position: number;
}> {
  const areaId = overrides.areaId ?? (await createArea()).id;
  const id = uniqueId('item');
  const position = overrides.position ?? (await testDb().item.count({ where: { areaId } }));
  return testDb().item.create({
    data: {
      id,
      areaId,
      position,
      title: overrides.title ?? `Item ${id.slice(-6)}`,
      summary: overrides.summary ?? 'A commitment made by a test.',
      archivedAt: overrides.archived ? new Date() : null,
    },
    select: { id: true, areaId: true, title: true, summary: true, version: true, position: true },
  });
}

export async function createMilestone(
  overrides: {
    itemId?: string;
    title?: string;
    dueOn?: string;
    precision?: DatePrecision;
  } = {},
): Promise<{ id: string; itemId: string; version: number }> {
  const itemId = overrides.itemId ?? (await createItem()).id;
  return testDb().milestone.create({
    data: {
      id: uniqueId('milestone'),
      itemId,
      title: overrides.title ?? 'A milestone made by a test',
      dueOn: day(overrides.dueOn ?? '2023-12-31'),
      precision: overrides.precision ?? 'DAY',
    },
    select: { id: true, itemId: true, version: true },
  });
}

/** A source with one stored text version (its text unique, as sha256 is). */
export async function createSource(
  overrides: { title?: string; text?: string; outletType?: OutletType; publishedOn?: string } = {},
): Promise<{ id: string; versionId: string; text: string }> {
  const id = uniqueId('source');
  const text =
    overrides.text ??
    `MINSK, 20 June. A test article ${id}. The ministers agreed to hold a summit in Minsk. More text follows here.`;
  const versionId = `${id}-v1`;
  await testDb().$transaction([
    testDb().source.create({
      data: {
        id,
        title: overrides.title ?? `Test source ${id.slice(-6)}`,
        outlet: 'Test outlet',
        outletType: overrides.outletType ?? 'STATE_MEDIA',
        publishedOn: day(overrides.publishedOn ?? '2023-06-20'),
        languages: ['en'],
      },
    }),
    testDb().sourceVersion.create({
      data: sourceVersionData({ id: versionId, sourceId: id, number: 1, text }),
    }),
  ]);
  return { id, versionId, text };
}

/** A statement quoting `quote` verbatim from the source's first version, linked to the items given. */
export async function createStatement(options: {
  sourceId: string;
  quote: string;
  itemIds?: string[];
  speaker?: string;
  kind?: StatementKind;
}): Promise<{ id: string }> {
  const version = await testDb().sourceVersion.findUniqueOrThrow({
    where: { sourceId_number: { sourceId: options.sourceId, number: 1 } },
    select: { id: true, text: true },
  });
  const anchor = anchorQuote(version.text, options.quote);
  if (!anchor) throw new Error(`createStatement: "${options.quote}" is not in the source text`);
  const id = uniqueId('statement');
  await testDb().statement.create({
    data: {
      id,
      sourceId: options.sourceId,
      sourceVersionId: version.id,
      ...anchorColumns(anchor),
      speaker: options.speaker ?? 'A test speaker',
      kind: options.kind ?? 'COMMITMENT',
      items: { create: (options.itemIds ?? []).map((itemId) => ({ itemId })) },
    },
  });
  return { id };
}

/** The audit-log rows of one item, oldest first. */
export async function itemRevisionsOf(entityId: string) {
  return testDb().revision.findMany({
    where: { entityType: 'Item', entityId },
    orderBy: { id: 'asc' },
  });
}
