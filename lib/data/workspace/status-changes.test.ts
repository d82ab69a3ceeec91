import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { testDb } from '@/lib/testing/db';
import {
  createArea,
  createItem,
  createPresidency,
  createSource,
  createStatement,
  createUser,
} from '@/lib/testing/factories';
import { EVIDENCE_REQUIRED_MESSAGE } from '@/lib/validation/status-changes';
import { change, changesOf, itemWithStatement, statusOf } from '@/lib/testing/status-fixtures';
import { ForbiddenError } from '@/lib/data/shared/authz';
import { finalisePresidency, getFinalisation } from '@/lib/data/workspace/finalisation';
import { updateStatement } from '@/lib/data/workspace/statements';
import { getStatusDateBounds, getStatusWorkspace } from '@/lib/data/workspace/status-workspace';
import {
  IDENTICAL_CORRECTION_MESSAGE,
  recordStatusChange,
} from '@/lib/data/workspace/status-changes';
import { searchEvidenceStatements } from '@/lib/data/workspace/evidence-search';

// The data layer reads through db(); in tests that is the run's database
// (without the app's other settings, which env() would insist on).
vi.mock('@/lib/db', async (original) =>
  (await import('@/lib/testing/mocks')).runDatabase(original),
);

afterAll(async () => {
  await Promise.all([testDb().$disconnect(), db().$disconnect()]);
});

describe('recordStatusChange', () => {
  it('records a change with its evidence and a revision, in one go', async () => {
    const actor = await createUser();
    const { item, statement } = await itemWithStatement();
    const result = await recordStatusChange(actor, change(item.id, { evidence: [statement.id] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await testDb().statusChange.findUniqueOrThrow({
      where: { id: result.value.id },
      select: {
        status: true,
        authorId: true,
        note: true,
        evidence: { select: { statementId: true } },
      },
    });
    expect(stored).toEqual({
      status: 'IN_PROGRESS',
      authorId: actor.id,
      note: 'The summit was scheduled.',
      evidence: [{ statementId: statement.id }],
    });
    const revision = await testDb().revision.findFirstOrThrow({
      where: { entityType: 'StatusChange', entityId: result.value.id },
    });
    expect(revision).toMatchObject({ action: 'record', actorId: actor.id });
    expect(await statusOf(item.id)).toBe('IN_PROGRESS');
  });

  it('requires evidence, except for "Not yet rated"', async () => {
    const actor = await createUser();
    const { item } = await itemWithStatement();
    const refused = await recordStatusChange(actor, change(item.id, { evidence: [] }));
    expect(refused).toEqual({ ok: false, message: EVIDENCE_REQUIRED_MESSAGE, field: 'evidence' });
    expect(await changesOf(item.id)).toHaveLength(0);

    const unrated = await recordStatusChange(
      actor,
      change(item.id, { status: 'NOT_YET_RATED', note: 'Nothing found beyond the promise.' }),
    );
    expect(unrated.ok).toBe(true);
  });

  it('requires a note and a date within the bounds', async () => {
    const actor = await createUser();
    const { item, statement } = await itemWithStatement();
    expect(
      await recordStatusChange(actor, change(item.id, { evidence: [statement.id], note: '   ' })),
    ).toMatchObject({ ok: false, field: 'note' });
    expect(
      await recordStatusChange(
        actor,
        change(item.id, { evidence: [statement.id], effectiveOn: '1998-12-31' }),
      ),
    ).toMatchObject({ ok: false, field: 'effectiveOn' });
    expect(
      await recordStatusChange(
        actor,
        change(item.id, { evidence: [statement.id], effectiveOn: '2999-01-01' }),
      ),
    ).toMatchObject({ ok: false, field: 'effectiveOn' });
    expect(await changesOf(item.id)).toHaveLength(0);
  });

  it('refuses evidence that is orphaned, archived or missing', async () => {
    const actor = await createUser();
    const { item, source } = await itemWithStatement();
    const orphan = await createStatement({
      sourceId: source.id,
      quote: 'More text follows here.',
      itemIds: [item.id],
    });
    await testDb().statement.update({
      where: { id: orphan.id },
      data: { anchorState: 'ORPHANED' },
    });
    const archived = await createStatement({
      sourceId: source.id,
      quote: 'A test article',
      itemIds: [item.id],
    });
    await testDb().statement.update({
      where: { id: archived.id },
      data: { archivedAt: new Date() },
    });

    const orphaned = await recordStatusChange(actor, change(item.id, { evidence: [orphan.id] }));
    expect(orphaned).toMatchObject({
      ok: false,
      field: 'evidence',
      message: expect.stringContaining('orphaned'),
    });
    expect(
      await recordStatusChange(actor, change(item.id, { evidence: [archived.id] })),
    ).toMatchObject({ ok: false, field: 'evidence', message: expect.stringContaining('archived') });
    expect(
      await recordStatusChange(actor, change(item.id, { evidence: ['no-such-statement'] })),
    ).toMatchObject({ ok: false, field: 'evidence' });
    expect(await changesOf(item.id)).toHaveLength(0);
  });

  it('accepts a statement of another item as evidence', async () => {
    const actor = await createUser();
    const { item, statement: own } = await itemWithStatement();
    const otherItem = await createItem({ areaId: (await createArea()).id });
    const marker = `Zebra ${Math.random().toString(36).slice(2, 10)}`;
    const source = await createSource({
      text: `MINSK, 21 June. ${marker} said the drills were held. The end.`,
    });
    const other = await createStatement({
      sourceId: source.id,
      quote: `${marker} said the drills were held.`,
      itemIds: [otherItem.id],
      kind: 'PROGRESS_CLAIM',
    });
    const found = await searchEvidenceStatements(actor, {
      query: marker.toLowerCase(),
      excludeItemId: item.id,
    });
    expect(found.map((statement) => statement.id)).toEqual([other.id]);
    expect(found[0]?.items).toEqual([{ id: otherItem.id, title: otherItem.title }]);
    // The item's own statements are not offered again.
    expect(
      (
        await searchEvidenceStatements(actor, { query: 'summit in Minsk', excludeItemId: item.id })
      ).map((statement) => statement.id),
    ).not.toContain(own.id);
    expect(
      await recordStatusChange(actor, change(item.id, { evidence: [other.id] })),
    ).toMatchObject({ ok: true });
  });

  it('refuses people without the analyst role', async () => {
    const { item, statement } = await itemWithStatement();
    await expect(
      recordStatusChange(null, change(item.id, { evidence: [statement.id] })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await changesOf(item.id)).toHaveLength(0);
  });
});

describe('evidence rules (lib/evidence-rules.ts) in the data layer', () => {
  it('refuses a rating on a commitment alone, next to the evidence field, and writes nothing', async () => {
    const actor = await createUser();
    const { item, source } = await itemWithStatement();
    const commitment = await createStatement({
      sourceId: source.id,
      quote: 'A test article',
      itemIds: [item.id],
      kind: 'COMMITMENT',
    });
    const refused = await recordStatusChange(
      actor,
      change(item.id, { status: 'IN_PROGRESS', evidence: [commitment.id] }),
    );
    expect(refused).toMatchObject({
      ok: false,
      field: 'evidence',
      message: expect.stringContaining('reports action or judges an outcome'),
    });
    expect(await changesOf(item.id)).toHaveLength(0);
    expect(await statusOf(item.id)).toBe('NOT_YET_RATED');
  });

  it("refuses a report older than the item's commitment, and a verdict from one non-official outlet", async () => {
    const actor = await createUser();
    const { item } = await itemWithStatement();
    const later = await createSource({ publishedOn: '2023-09-01' });
    await createStatement({
      sourceId: later.id,
      quote: 'The ministers agreed to hold a summit in Minsk.',
      itemIds: [item.id],
      kind: 'COMMITMENT',
    });
    const older = await createSource({ publishedOn: '2023-01-10' });
    const report = await createStatement({
      sourceId: older.id,
      quote: 'The ministers agreed to hold a summit in Minsk.',
      itemIds: [item.id],
      kind: 'PROGRESS_CLAIM',
    });
    expect(
      await recordStatusChange(
        actor,
        change(item.id, { status: 'STALLED', evidence: [report.id] }),
      ),
    ).toMatchObject({ ok: false, field: 'evidence', message: expect.stringContaining('older') });

    const stateMedia = await createSource({ publishedOn: '2023-10-01' });
    const single = await createStatement({
      sourceId: stateMedia.id,
      quote: 'The ministers agreed to hold a summit in Minsk.',
      itemIds: [item.id],
      kind: 'ASSESSMENT',
    });
    expect(
      await recordStatusChange(actor, change(item.id, { status: 'KEPT', evidence: [single.id] })),
    ).toMatchObject({
      ok: false,
      field: 'evidence',
      message: expect.stringContaining('corroboration'),
    });
    expect(await changesOf(item.id)).toHaveLength(0);
    // The same assessment may carry a status that is not a verdict.
    expect(
      await recordStatusChange(
        actor,
        change(item.id, { status: 'STALLED', evidence: [single.id] }),
      ),
    ).toMatchObject({ ok: true });
  });
});

describe('a rating keeps its ground', () => {
  it('refuses to re-kind the report a standing rating rests on; any other edit goes through', async () => {
    const actor = await createUser();
    const { item, statement } = await itemWithStatement();
    const rated = await recordStatusChange(
      actor,
      change(item.id, { status: 'STALLED', evidence: [statement.id] }),
    );
    if (!rated.ok) throw new Error(rated.message);
    const edit = (kind: 'COMMITMENT' | 'ASSESSMENT', version: number) =>
      updateStatement(actor, {
        statementId: statement.id,
        version,
        speaker: 'A test speaker',
        relayedFrom: null,
        sameRemarkAs: null,
        statedOn: null,
        kind,
        itemIds: [item.id],
      });
    expect(await edit('COMMITMENT', 1)).toMatchObject({
      ok: false,
      field: 'kind',
      message: expect.stringContaining('evidence of “Stalled”'),
    });
    expect((await testDb().statement.findUniqueOrThrow({ where: { id: statement.id } })).kind).toBe(
      'PROGRESS_CLAIM',
    );
    // Another kind that reports action or outcome keeps the rating grounded.
    expect(await edit('ASSESSMENT', 1)).toMatchObject({ ok: true });
  });
});

describe('the same remark in two copies', () => {
  it('links a quote to the same remark in another source, by its link, and refuses loops', async () => {
    const actor = await createUser();
    const { item, statement: first } = await itemWithStatement();
    const copy = await createSource();
    const second = await createStatement({
      sourceId: copy.id,
      quote: 'The ministers agreed to hold a summit in Minsk.',
      itemIds: [item.id],
      kind: 'PROGRESS_CLAIM',
    });
    const link = (statementId: string, sameRemarkAs: string | null, version = 1) =>
      updateStatement(actor, {
        statementId,
        version,
        speaker: 'A test speaker',
        relayedFrom: null,
        sameRemarkAs,
        statedOn: null,
        kind: 'PROGRESS_CLAIM',
        itemIds: [item.id],
      });
    expect(await link(second.id, second.id)).toMatchObject({ ok: false, field: 'sameRemarkAs' });
    expect(await link(second.id, first.id)).toMatchObject({ ok: true });
    expect(
      (await testDb().statement.findUniqueOrThrow({ where: { id: second.id } })).sameRemarkAsId,
    ).toBe(first.id);
    // The first report cannot name its own second report back.
    expect(await link(first.id, second.id)).toMatchObject({
      ok: false,
      field: 'sameRemarkAs',
      message: expect.stringContaining('already names this one'),
    });
  });
});

describe('corrections', () => {
  it('adds a new row, keeps the corrected one, and the current status follows the correction', async () => {
    const actor = await createUser({ name: 'First Analyst' });
    const { item, statement } = await itemWithStatement();
    const first = await recordStatusChange(
      actor,
      change(item.id, { status: 'KEPT', evidence: [statement.id] }),
    );
    if (!first.ok) throw new Error(first.message);
    expect(await statusOf(item.id)).toBe('KEPT');

    const correction = await recordStatusChange(
      actor,
      change(item.id, {
        status: 'PARTLY_KEPT',
        evidence: [statement.id],
        correctsId: first.value.id,
        note: 'Only half was held.',
      }),
    );
    if (!correction.ok) throw new Error(correction.message);
    const rows = await changesOf(item.id);
    expect(rows.map((row) => [row.status, row.correctsId])).toEqual([
      ['KEPT', null],
      ['PARTLY_KEPT', first.value.id],
    ]);
    expect(await statusOf(item.id)).toBe('PARTLY_KEPT');
    expect(
      await testDb().revision.findFirstOrThrow({ where: { entityId: correction.value.id } }),
    ).toMatchObject({ action: 'correct' });

    const workspace = await getStatusWorkspace(actor, item.id);
    expect(workspace?.status).toBe('PARTLY_KEPT');
    const corrected = workspace?.history.find((entry) => entry.id === first.value.id);
    expect(corrected).toMatchObject({
      isStanding: false,
      correctedBy: { id: correction.value.id, authorName: 'First Analyst' },
    });
  });

  it('refuses to correct an entry twice, naming who corrected it', async () => {
    const actor = await createUser({ name: 'Quick Analyst' });
    const { item, statement } = await itemWithStatement();
    const first = await recordStatusChange(actor, change(item.id, { evidence: [statement.id] }));
    if (!first.ok) throw new Error(first.message);
    const correction = await recordStatusChange(
      actor,
      change(item.id, { status: 'STALLED', evidence: [statement.id], correctsId: first.value.id }),
    );
    expect(correction.ok).toBe(true);

    const again = await recordStatusChange(
      actor,
      change(item.id, { status: 'KEPT', evidence: [statement.id], correctsId: first.value.id }),
    );
    expect(again).toMatchObject({
      ok: false,
      message: expect.stringContaining('already corrected by Quick Analyst'),
      correctedBy: { authorName: 'Quick Analyst' },
    });
    expect(await changesOf(item.id)).toHaveLength(2);
  });

  it('refuses a correction identical to the entry it corrects (issue 10), and writes nothing', async () => {
    const actor = await createUser();
    const { item, statement } = await itemWithStatement();
    const first = await recordStatusChange(actor, change(item.id, { evidence: [statement.id] }));
    if (!first.ok) throw new Error(first.message);
    const identical = await recordStatusChange(
      actor,
      change(item.id, { evidence: [statement.id, statement.id], correctsId: first.value.id }),
    );
    expect(identical).toEqual({ ok: false, message: IDENTICAL_CORRECTION_MESSAGE });
    expect(await changesOf(item.id)).toHaveLength(1);
    // Any one difference makes it a correction: here, only the note.
    const noted = await recordStatusChange(
      actor,
      change(item.id, {
        evidence: [statement.id],
        correctsId: first.value.id,
        note: 'The summit was scheduled, and its date announced.',
      }),
    );
    expect(noted.ok).toBe(true);
  });

  it('refuses to correct an entry of another item', async () => {
    const actor = await createUser();
    const mine = await itemWithStatement();
    const theirs = await itemWithStatement();
    const entry = await recordStatusChange(
      actor,
      change(theirs.item.id, { evidence: [theirs.statement.id] }),
    );
    if (!entry.ok) throw new Error(entry.message);
    const refused = await recordStatusChange(
      actor,
      change(mine.item.id, { evidence: [mine.statement.id], correctsId: entry.value.id }),
    );
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('another item') });
    expect(await changesOf(mine.item.id)).toHaveLength(0);
  });

  it('lets exactly one of two simultaneous corrections of the same entry win', async () => {
    const [alice, bob] = await Promise.all([
      createUser({ name: 'Alice' }),
      createUser({ name: 'Bob' }),
    ]);
    const { item, statement } = await itemWithStatement();
    const first = await recordStatusChange(alice, change(item.id, { evidence: [statement.id] }));
    if (!first.ok) throw new Error(first.message);

    const results = await Promise.all([
      recordStatusChange(
        alice,
        change(item.id, {
          status: 'KEPT',
          evidence: [statement.id],
          correctsId: first.value.id,
          note: 'Alice says kept.',
        }),
      ),
      recordStatusChange(
        bob,
        change(item.id, {
          status: 'BROKEN',
          evidence: [statement.id],
          correctsId: first.value.id,
          note: 'Bob says broken.',
        }),
      ),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const loser = results.find((result) => !result.ok);
    expect(loser).toMatchObject({
      ok: false,
      message: expect.stringContaining('already corrected by'),
    });
    const corrections = (await changesOf(item.id)).filter(
      (row) => row.correctsId === first.value.id,
    );
    expect(corrections).toHaveLength(1);
  });
});

describe('authorization', () => {
  it('refuses every read and write without a signed-in analyst', async () => {
    const { item } = await itemWithStatement();
    const presidency = await createPresidency();
    await expect(getStatusWorkspace(null, item.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getStatusDateBounds(null, item.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchEvidenceStatements(null, { query: 'summit' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(getFinalisation(null, presidency.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      finalisePresidency(null, { presidencyId: presidency.id, seenFinalizedAt: '', choices: {} }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(
      (await testDb().presidency.findUniqueOrThrow({ where: { id: presidency.id } })).finalizedAt,
    ).toBeNull();
  });
});
