// Suggested evidence against a real PostgreSQL (issue 11): the sentence that
// shares an item's uncommon words is suggested for it, with the words; a
// quoted or dismissed sentence is not suggested again; a dismissal is checked.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sliceCodePoints } from '@/lib/evidence';
import type { SessionUser } from '@/lib/session';
import { rankSentences } from '@/lib/suggest/rank';
import { splitSentences } from '@/lib/suggest/sentences';
import { testDb } from '@/lib/testing/db';
import { createArea, createItem, createUser } from '@/lib/testing/factories';
import { dismissSuggestion, suggestEvidence } from '@/lib/data/workspace/suggestions';
import { importSource } from '@/lib/data/workspace/source-import';
import { createStatement } from '@/lib/data/workspace/statements';
import { importInput } from '@/lib/testing/source-fixtures';

process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');

const prisma = testDb();
let analyst: SessionUser;
let locusts: { id: string; title: string };
let ferries: { id: string; title: string };
let sourceId: string;
let text: string;

// Letters only: the English stemmer keeps such a word as it is, whatever it means.
const word = () =>
  Array.from(randomBytes(6), (byte) => String.fromCharCode(97 + (byte % 26))).join('');

beforeAll(async () => {
  analyst = await createUser({ role: 'ANALYST' });
  const area = await createArea();
  // Rarity is measured among items: a tracker has dozens (the seed 33).
  for (let index = 0; index < 30; index += 1) await createItem({ areaId: area.id });
  const pest = word();
  const boat = word();
  locusts = await createItem({
    areaId: area.id,
    title: `Quarantine of migratory ${pest} locusts`,
    summary: `Member states pledged a joint quarantine against ${pest} swarms.`,
  });
  ferries = await createItem({
    areaId: area.id,
    title: `Ferry links across the ${boat} strait`,
    summary: `A ferry service on the ${boat} strait.`,
  });
  text = [
    `Ministers meet in Minsk`,
    '',
    `MINSK, 14 March (BelTA) – The ministers discussed the weather and other matters at length.`,
    `They agreed on the quarantine of migratory ${pest} locusts in the border regions.`,
    `The talks will continue next month in a format to be decided by the chairmanship.`,
  ].join('\n');
  const imported = await importSource(analyst, importInput(text));
  if (!imported.ok) throw new Error(imported.message);
  sourceId = imported.value.id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

const sentence = (needle: string) => {
  const found = splitSentences(text).find((candidate) => candidate.text.includes(needle));
  if (!found) throw new Error(`no sentence with ${needle}`);
  return found;
};

describe('suggestEvidence', () => {
  it('suggests the sentence sharing the item’s uncommon words, with those words, and spans that slice the text', async () => {
    const suggestions = await suggestEvidence(analyst, sourceId);
    const group = suggestions?.groups.find((candidate) => candidate.item.id === locusts.id);
    const target = sentence('quarantine');
    expect(group?.suggestions[0]).toMatchObject({
      start: target.start,
      end: target.end,
      text: target.text,
      proposedKind: { kind: 'PROGRESS_CLAIM', cue: 'agreed' },
    });
    expect(group?.suggestions[0]?.matched).toEqual(
      expect.arrayContaining(['quarantine', 'migratory', 'locusts']),
    );
    expect(sliceCodePoints(text, target.start, target.end)).toBe(target.text);
    // Nothing in the text is about ferries.
    expect(suggestions?.groups.some((candidate) => candidate.item.id === ferries.id)).toBe(false);
  });

  it('leaves out a sentence dismissed for the item, and refuses a dismissal outside the text', async () => {
    const target = sentence('quarantine');
    const outside = await dismissSuggestion(analyst, {
      sourceId,
      sourceVersion: 1,
      itemId: locusts.id,
      start: 0,
      end: 1_000_000,
    });
    expect(outside).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not in this text/),
    });

    const dismissed = await dismissSuggestion(analyst, {
      sourceId,
      sourceVersion: 1,
      itemId: locusts.id,
      start: target.start,
      end: target.end,
    });
    expect(dismissed.ok).toBe(true);
    // Twice is the same dismissal.
    expect((await dismissSuggestion(analyst, { ...dismissedInput(target) })).ok).toBe(true);
    expect(await prisma.suggestionDismissal.count({ where: { itemId: locusts.id } })).toBe(1);
    const suggestions = await suggestEvidence(analyst, sourceId);
    const group = suggestions?.groups.find((candidate) => candidate.item.id === locusts.id);
    expect(group?.suggestions.some((suggestion) => suggestion.start === target.start)).not.toBe(
      true,
    );
    await prisma.suggestionDismissal.deleteMany({ where: { itemId: locusts.id } });
  });

  it('leaves out a sentence once it is quoted for the item', async () => {
    const target = sentence('quarantine');
    const created = await createStatement(analyst, {
      sourceId,
      sourceVersion: 1,
      mode: 'selection',
      start: target.start,
      end: target.end,
      quote: target.text,
      speaker: 'BelTA',
      relayedFrom: null,
      sameRemarkAs: null,
      statedOn: '2023-03-14',
      kind: 'PROGRESS_CLAIM',
      itemIds: [locusts.id],
    });
    expect(created).toMatchObject({
      ok: true,
      value: { items: [{ id: locusts.id, title: locusts.title }] },
    });
    const suggestions = await suggestEvidence(analyst, sourceId);
    const group = suggestions?.groups.find((candidate) => candidate.item.id === locusts.id);
    expect(group?.suggestions.some((suggestion) => suggestion.start === target.start)).not.toBe(
      true,
    );
  });
});

describe('rankSentences', () => {
  it('returns at most perItem sentences for at most maxItems items', async () => {
    const sentences = splitSentences(text);
    const ranked = await rankSentences(prisma, sentences, {
      excludeSourceIds: [],
      minScore: 0,
      perItem: 1,
      maxItems: 2,
    });
    expect(new Set(ranked.map((row) => row.itemId)).size).toBeLessThanOrEqual(2);
    const perItem = new Map<string, number>();
    for (const row of ranked) perItem.set(row.itemId, (perItem.get(row.itemId) ?? 0) + 1);
    expect(Math.max(...perItem.values())).toBe(1);
  });
});

function dismissedInput(target: { start: number; end: number }) {
  return { sourceId, sourceVersion: 1, itemId: locusts.id, start: target.start, end: target.end };
}
