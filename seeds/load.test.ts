import { afterAll, describe, expect, it } from 'vitest';
import { sliceCodePoints, verifyAnchor } from '@/lib/evidence';
import { testDb } from '@/lib/testing/db';
import { evidenceRuleProblem, type RuleStatement } from '@/lib/evidence-rules';
import { seedTracker } from './load';
import * as data from './tracker-data';
import { areasRu, itemsRu } from './translations-ru';

async function snapshotAll() {
  const prisma = testDb();
  return {
    presidency: await prisma.presidency.findMany({ orderBy: { id: 'asc' } }),
    areas: await prisma.priorityArea.findMany({
      orderBy: { id: 'asc' },
      omit: { updatedAt: true },
    }),
    items: await prisma.item.findMany({
      where: { id: { in: data.items.map((item) => item.id) } },
      orderBy: { id: 'asc' },
      omit: { updatedAt: true },
    }),
    statements: await prisma.statement.findMany({
      where: { id: { in: data.statements.map((s) => s.id) } },
      orderBy: { id: 'asc' },
      omit: { updatedAt: true },
    }),
    changes: await prisma.statusChange.findMany({
      where: { id: { in: data.statusChanges.map((c) => c.id) } },
      orderBy: { id: 'asc' },
    }),
    versions: await prisma.sourceVersion.findMany({
      orderBy: { id: 'asc' },
      select: { id: true, sha256: true },
    }),
  };
}

describe('seed', () => {
  afterAll(async () => {
    await testDb().$disconnect();
  });

  it('meets the curated minimums', () => {
    expect(data.items.length).toBeGreaterThanOrEqual(20);
    expect(data.statements.length).toBeGreaterThanOrEqual(40);
    expect(data.statusChanges.length).toBeGreaterThanOrEqual(4);
    for (const change of data.statusChanges) {
      expect(change.evidence.length, change.id).toBeGreaterThan(0);
    }
  });

  it("has the tracker's Russian title and summary for every area, item and milestone", () => {
    const cyrillic = /\p{Script=Cyrillic}/u;
    for (const area of data.areas) {
      expect(areasRu[area.key].title, area.key).toMatch(cyrillic);
      expect(areasRu[area.key].summary, area.key).toMatch(cyrillic);
    }
    expect(Object.keys(itemsRu).sort()).toEqual(data.items.map((item) => item.id).sort());
    for (const item of data.items) {
      const ru = itemsRu[item.id];
      if (!ru) throw new Error(`no Russian text for ${item.id}`);
      expect(ru.title, item.id).toMatch(cyrillic);
      expect(ru.summary, item.id).toMatch(cyrillic);
      expect(ru.milestones?.length ?? 0, item.id).toBe(item.milestones?.length ?? 0);
      for (const title of ru.milestones ?? []) expect(title, item.id).toMatch(cyrillic);
    }
  });

  it('rates every item by the evidence rules (lib/evidence-rules.ts)', () => {
    const statements = new Map(data.statements.map((statement) => [statement.id, statement]));
    const sources = new Map(data.sources.map((source) => [source.key, source]));
    const asRule = (id: string): RuleStatement => {
      const statement = statements.get(id);
      if (!statement) throw new Error(`Unknown statement ${id}`);
      const source = sources.get(statement.source)!;
      return {
        id,
        kind: statement.kind,
        statedOn: statement.statedOn,
        sameRemarkAsId: statement.sameRemarkAs ?? null,
        source: {
          outlet: source.outlet,
          outletType: source.outletType,
          provenance: source.provenance ?? 'ORIGINAL',
          originalOutlet: source.originalOutlet ?? null,
        },
      };
    };
    for (const change of data.statusChanges) {
      const commitments = data.statements
        .filter(
          (statement) => statement.kind === 'COMMITMENT' && statement.items.includes(change.item),
        )
        .map((statement) => statement.statedOn)
        .sort();
      const problem = evidenceRuleProblem(
        { status: change.status, commitmentOn: commitments[0] ?? null },
        change.evidence.map(asRule),
      );
      expect(problem, change.id).toBeNull();
      for (const id of change.evidence) {
        // Evidence is quoted for the item it rates, and dated no later than the rating.
        expect(statements.get(id)!.items, `${change.id}: ${id}`).toContain(change.item);
        expect(statements.get(id)!.statedOn <= change.effectiveOn, `${change.id}: ${id}`).toBe(
          true,
        );
      }
    }
  });

  it('has no milestone that contradicts its item (milestone rules)', () => {
    // Seeded milestones carry no outcome (the articles end in June 2023), so
    // none may sit on an item rated "Kept", which needs every milestone met.
    const latest = new Map<string, string>();
    for (const change of [...data.statusChanges].sort((a, b) =>
      a.effectiveOn.localeCompare(b.effectiveOn),
    ))
      latest.set(change.item, change.status);
    for (const item of data.items) {
      if ((item.milestones ?? []).length === 0) continue;
      expect(latest.get(item.id) ?? 'NOT_YET_RATED', item.id).not.toBe('KEPT');
    }
  });

  it('loads twice to the same data', async () => {
    await seedTracker(testDb());
    const first = await snapshotAll();
    await seedTracker(testDb());
    expect(await snapshotAll()).toEqual(first);
    expect(first.items).toHaveLength(data.items.length);
    expect(first.statements).toHaveLength(data.statements.length);
    expect(first.changes).toHaveLength(data.statusChanges.length);
  });

  it('stores every statement exactly at its selectors', async () => {
    const statements = await testDb().statement.findMany({
      where: { id: { in: data.statements.map((statement) => statement.id) } },
      select: {
        id: true,
        quote: true,
        prefix: true,
        suffix: true,
        start: true,
        end: true,
        sourceVersion: { select: { text: true } },
      },
    });
    expect(statements).toHaveLength(data.statements.length);
    for (const statement of statements) {
      const text = statement.sourceVersion.text;
      expect(sliceCodePoints(text, statement.start, statement.end), statement.id).toBe(
        statement.quote,
      );
      const verdict = verifyAnchor(text, {
        quote: {
          type: 'TextQuoteSelector',
          exact: statement.quote,
          prefix: statement.prefix,
          suffix: statement.suffix,
        },
        position: { type: 'TextPositionSelector', start: statement.start, end: statement.end },
      });
      expect(verdict, statement.id).toEqual({ ok: true });
    }
  });

  it('keeps the sources metadata, inferred years and the unknown URL', async () => {
    const sources = await testDb().source.findMany({
      where: { id: { in: data.sources.map((source) => source.id) } },
    });
    expect(sources).toHaveLength(5);
    const unknown = sources.filter((source) => source.url === null);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.title).toMatch(/Yerevan/);
    for (const source of sources.filter((candidate) => candidate.yearInferred)) {
      expect(source.yearBasis, source.id).toBeTruthy();
    }
  });

  it('refuses to change or delete history', async () => {
    const change = data.statusChanges[0]!;
    await expect(
      testDb().statusChange.update({ where: { id: change.id }, data: { note: 'rewritten' } }),
    ).rejects.toThrow(/append-only/);
    await expect(testDb().statusChange.delete({ where: { id: change.id } })).rejects.toThrow();
    await expect(testDb().sourceVersion.updateMany({ data: { note: 'x' } })).rejects.toThrow(
      /append-only/,
    );
  });
});
