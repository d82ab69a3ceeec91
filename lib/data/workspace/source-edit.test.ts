// A source after import, against a real PostgreSQL (issue 11): its details
// corrected with a version check and a revision; archived with its quotes,
// refused while a quote is evidence of a public status; published again.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/session';
import { testDb } from '@/lib/testing/db';
import { importText, quote, setUpSourceFixtures } from '@/lib/testing/source-fixtures';
import { setSourceArchived, updateSourceMetadata } from '@/lib/data/workspace/source-edit';
import { updateSourceSchema } from '@/lib/validation/sources';

process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');

const prisma = testDb();
let analyst: SessionUser;
let itemIds: string[];

beforeAll(async () => {
  ({ analyst, itemIds } = await setUpSourceFixtures());
});

afterAll(async () => {
  await prisma.$disconnect();
});

const TEXT = 'MINSK, 14 March (BelTA) – The ministers agreed to hold the summit in Minsk. ';
const stored = (id: string) =>
  prisma.source.findUniqueOrThrow({
    where: { id },
    select: { title: true, outlet: true, version: true, archivedAt: true },
  });

function edit(sourceId: string, version: number, overrides: Record<string, unknown> = {}) {
  return updateSourceSchema.parse({
    title: 'Test source',
    outlet: 'BelTA',
    outletType: 'STATE_MEDIA',
    publishedOn: '2023-03-14',
    yearInferred: 'on',
    yearBasis: 'Test reason',
    languages: 'en',
    sourceId,
    version,
    ...overrides,
  });
}

describe('updateSourceMetadata', () => {
  it('saves at the loaded version with a revision, and refuses an older one with what is stored', async () => {
    const sourceId = await importText(`${TEXT}${randomBytes(4).toString('hex')}`);
    const saved = await updateSourceMetadata(analyst, edit(sourceId, 1, { title: 'Corrected' }));
    expect(saved.ok).toBe(true);
    expect(await stored(sourceId)).toMatchObject({ title: 'Corrected', version: 2 });
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'Source', entityId: sourceId, action: 'update' },
    });
    expect(revision.after).toMatchObject({ title: 'Corrected' });

    const late = await updateSourceMetadata(analyst, edit(sourceId, 1, { title: 'Too late' }));
    expect(late).toMatchObject({
      ok: false,
      conflict: { currentVersion: 2, current: { title: 'Corrected' } },
    });
    expect((await stored(sourceId)).title).toBe('Corrected');
  });
});

describe('setSourceArchived', () => {
  it('archives a source with its quotes, and publishes both again', async () => {
    const sourceId = await importText(`${TEXT}${randomBytes(4).toString('hex')}`);
    const statementId = await quote(sourceId, 'The ministers agreed');
    const archived = await setSourceArchived(analyst, {
      sourceId,
      version: 1,
      archived: true,
      reason: 'Imported by mistake',
    });
    expect(archived.ok).toBe(true);
    const source = await stored(sourceId);
    expect(source.archivedAt).not.toBeNull();
    const statement = await prisma.statement.findUniqueOrThrow({ where: { id: statementId } });
    expect(statement.archivedAt).toEqual(source.archivedAt);

    expect(
      (await setSourceArchived(analyst, { sourceId, version: 2, archived: false, reason: null }))
        .ok,
    ).toBe(true);
    expect((await stored(sourceId)).archivedAt).toBeNull();
    expect(
      (await prisma.statement.findUniqueOrThrow({ where: { id: statementId } })).archivedAt,
    ).toBeNull();
  });

  it('refuses while a quote is evidence of a public status, and changes nothing', async () => {
    const sourceId = await importText(`${TEXT}${randomBytes(4).toString('hex')}`);
    const statementId = await quote(sourceId, 'The ministers agreed', itemIds[1]);
    await prisma.statusChange.create({
      data: {
        itemId: itemIds[1]!,
        status: 'STALLED',
        effectiveOn: new Date('2023-03-14T00:00:00Z'),
        note: 'Stalled, as reported.',
        authorId: analyst.id,
        evidence: { create: [{ statementId }] },
      },
    });
    const refused = await setSourceArchived(analyst, {
      sourceId,
      version: 1,
      archived: true,
      reason: null,
    });
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^This source cannot be archived: its quotes are evidence of 1 public/,
      ),
    });
    expect(await stored(sourceId)).toMatchObject({ archivedAt: null, version: 1 });
  });
});
