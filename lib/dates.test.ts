import { describe, expect, it } from 'vitest';
import { daysWithoutEvidence } from '@/lib/dates';

describe('daysWithoutEvidence', () => {
  it('counts to today during the presidency', () => {
    expect(
      daysWithoutEvidence('2023-06-20', '2023-12-31', new Date('2023-09-18T12:00:00Z')),
    ).toEqual({
      days: 90,
      isOver: false,
    });
  });

  it('stops counting at the presidency’s last day once it is over', () => {
    expect(
      daysWithoutEvidence('2023-06-20', '2023-12-31', new Date('2026-12-02T12:00:00Z')),
    ).toEqual({
      days: 194,
      isOver: true,
    });
    // Evidence after the end: no silence within the presidency.
    expect(
      daysWithoutEvidence('2024-02-01', '2023-12-31', new Date('2026-12-02T12:00:00Z')),
    ).toEqual({
      days: 0,
      isOver: true,
    });
  });
});
