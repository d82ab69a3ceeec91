// Item.currentStatus is kept by a database trigger (docs/decisions/0012); it
// must always equal lib/status-history.ts's derivation from the same rows.
// Random histories (seeded, so a failure replays): corrections, corrections
// of corrections, several rows on one day, rows recorded in the same
// millisecond, rows written out of effective-date order.
import { afterAll, describe, expect, it } from 'vitest';
import { STATUS_CODES } from '@/lib/status';
import { currentStatus } from '@/lib/status-history';
import { testDb } from '@/lib/testing/db';
import { createArea, createItem } from '@/lib/testing/factories';
import {
  statusChangeFactsSelect,
  statusHistoryOrder,
  toStatusChangeFacts,
} from '@/lib/data/shared/status-change-fields';

afterAll(async () => {
  await testDb().$disconnect();
});

/** mulberry32: a small seeded generator, so every run writes the same histories. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

describe('Item.currentStatus', () => {
  it('equals the derivation of lib/status-history.ts after every insert, on 60 random histories', async () => {
    const next = random(20230101);
    const area = await createArea();
    const mismatches: string[] = [];
    for (let n = 0; n < 60; n += 1) {
      const item = await createItem({ areaId: area.id });
      const written: string[] = [];
      const length = 1 + next(7);
      for (let step = 0; step < length; step += 1) {
        // Corrections point at a row not corrected yet (the schema allows one correction per row).
        const open = written.filter(
          (id) => !id.startsWith('corrected:') && !written.includes(`corrected:${id}`),
        );
        const corrects = open.length > 0 && next(3) === 0 ? open[next(open.length)]! : null;
        const row = await testDb().statusChange.create({
          data: {
            itemId: item.id,
            status: STATUS_CODES[next(STATUS_CODES.length)]!,
            effectiveOn: new Date(Date.UTC(2023, next(3), 1 + next(3))),
            // Three possible instants: many rows share a millisecond.
            createdAt: new Date(Date.UTC(2023, 11, 1, 12, 0, 0, next(3))),
            note: `step ${step}`,
            correctsId: corrects,
          },
          select: { id: true },
        });
        written.push(row.id);
        if (corrects) written.push(`corrected:${corrects}`);

        const [stored, history] = await Promise.all([
          testDb().item.findUniqueOrThrow({
            where: { id: item.id },
            select: { currentStatus: true, statusSince: true },
          }),
          testDb().statusChange.findMany({
            where: { itemId: item.id },
            orderBy: statusHistoryOrder,
            select: statusChangeFactsSelect,
          }),
        ]);
        const facts = history.map(toStatusChangeFacts);
        const derived = currentStatus(facts);
        if (stored.currentStatus !== derived)
          mismatches.push(
            `${item.id} after ${step + 1} rows: ${stored.currentStatus} ≠ ${derived}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('is "not yet rated" for an item without history', async () => {
    const item = await createItem();
    const stored = await testDb().item.findUniqueOrThrow({
      where: { id: item.id },
      select: { currentStatus: true, statusSince: true },
    });
    expect(stored).toEqual({ currentStatus: 'NOT_YET_RATED', statusSince: null });
  });
});
