import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_REQUIRED_MESSAGE,
  finaliseSchema,
  readFinaliseForm,
  readStatusChangeForm,
  statusChangeSchema,
  statusDateBounds,
} from './status-changes';
import { todayInTracker } from '@/lib/dates';

const bounds = { earliest: '2022-01-01', latest: '2024-06-30' };

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('statusDateBounds', () => {
  it('runs from a year before the presidency starts to today in Minsk', () => {
    expect(statusDateBounds('2023-01-01', new Date('2024-03-10T12:00:00Z'))).toEqual({
      earliest: '2022-01-01',
      latest: '2024-03-10',
    });
  });

  it('counts days in Minsk time: 22:30 UTC is already the next day there', () => {
    expect(todayInTracker(new Date('2023-12-31T22:30:00Z'))).toBe('2024-01-01');
  });
});

describe('statusChangeSchema', () => {
  const schema = statusChangeSchema(bounds);
  const valid = {
    itemId: 'item-1',
    status: 'IN_PROGRESS',
    effectiveOn: '2023-06-20',
    note: ' Work started. ',
    evidence: ['s-1', 's-1'],
  };

  it('accepts a complete change, trimming the note and dropping repeated evidence', () => {
    expect(schema.parse(valid)).toEqual({
      ...valid,
      correctsId: null,
      note: 'Work started.',
      evidence: ['s-1'],
    });
  });

  it('needs evidence for every status but "Not yet rated"', () => {
    const result = schema.safeParse({ ...valid, evidence: [] });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['evidence'], message: EVIDENCE_REQUIRED_MESSAGE }),
    ]);
    expect(schema.safeParse({ ...valid, status: 'NOT_YET_RATED', evidence: [] }).success).toBe(
      true,
    );
  });

  it('reports every missing field at once', () => {
    const result = schema.safeParse({
      itemId: 'item-1',
      status: '',
      effectiveOn: '',
      note: '',
      evidence: [],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'effectiveOn',
      'evidence',
      'note',
      'status',
    ]);
  });

  it('refuses dates outside the bounds and impossible dates', () => {
    for (const effectiveOn of ['2021-12-31', '2024-07-01', '2023-02-30', '20.06.2023']) {
      expect(
        schema.safeParse({ ...valid, effectiveOn }).error?.issues[0]?.path,
        effectiveOn,
      ).toEqual(['effectiveOn']);
    }
    expect(schema.safeParse({ ...valid, effectiveOn: '2022-01-01' }).success).toBe(true);
    expect(schema.safeParse({ ...valid, effectiveOn: '2024-06-30' }).success).toBe(true);
  });

  it('reads repeated evidence checkboxes from the form', () => {
    const raw = readStatusChangeForm(
      form([
        ['itemId', 'i'],
        ['status', 'KEPT'],
        ['effectiveOn', '2023-11-23'],
        ['note', 'Held.'],
        ['evidence', 'a'],
        ['evidence', 'b'],
        ['correctsId', ''],
      ]),
    );
    expect(schema.parse(raw)).toEqual({
      itemId: 'i',
      status: 'KEPT',
      effectiveOn: '2023-11-23',
      note: 'Held.',
      evidence: ['a', 'b'],
      correctsId: null,
    });
  });
});

describe('finaliseSchema', () => {
  it('reads one choice per item and keeps a final status without a note', () => {
    const raw = readFinaliseForm(
      form([
        ['presidencyId', 'p'],
        ['seenFinalizedAt', ''],
        ['seen:a', 'KEPT'],
        ['status:a', 'KEPT'],
        ['note:a', ''],
        ['seen:b', 'IN_PROGRESS'],
        ['status:b', 'PARTLY_KEPT'],
        ['note:b', 'Half done.'],
        ['evidence:b', 's-1'],
        ['evidence:b', 's-2'],
      ]),
    );
    expect(finaliseSchema.parse(raw)).toEqual({
      presidencyId: 'p',
      seenFinalizedAt: '',
      choices: {
        a: { seen: 'KEPT', status: 'KEPT', note: '', evidence: [] },
        b: {
          seen: 'IN_PROGRESS',
          status: 'PARTLY_KEPT',
          note: 'Half done.',
          evidence: ['s-1', 's-2'],
        },
      },
    });
  });

  it('needs a final status, and a note when the verdict changes the status', () => {
    const result = finaliseSchema.safeParse({
      presidencyId: 'p',
      choices: {
        a: { seen: 'IN_PROGRESS', status: '' },
        b: { seen: 'IN_PROGRESS', status: 'STALLED', note: 'Stuck.' },
        c: { seen: 'IN_PROGRESS', status: 'KEPT', note: '  ' },
      },
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['choices.a.status', 'Choose a final status.'],
      ['choices.b.status', 'Choose one of the final statuses.'],
      ['choices.c.note', 'Write why this is the final verdict.'],
    ]);
  });

  it('keeps a hostile item key to the request: no Object.prototype.status (issue 9)', () => {
    const raw = readFinaliseForm(
      form([
        ['presidencyId', 'p'],
        ['status:__proto__', '418'],
        ['seen:__proto__', 'KEPT'],
        ['note:constructor', 'x'],
        ['evidence:prototype', 's-1'],
        ['status:a b', 'KEPT'],
        ['seen:a b', 'KEPT'],
      ]),
    );
    try {
      expect(({} as Record<string, unknown>).status).toBeUndefined();
      expect(Object.keys(raw.choices)).toEqual(['a b']);
      expect(finaliseSchema.safeParse(raw).error?.issues.map((issue) => issue.path)).toEqual([
        ['choices', 'a b'],
      ]);
    } finally {
      delete (Object.prototype as Record<string, unknown>).status;
      delete (Object.prototype as Record<string, unknown>).seen;
    }
  });
});
