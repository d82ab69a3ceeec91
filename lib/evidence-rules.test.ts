import { describe, expect, it } from 'vitest';
import { evidenceRuleProblem, type RuleStatement } from '@/lib/evidence-rules';

function statement(overrides: Partial<RuleStatement> = {}): RuleStatement {
  return {
    id: overrides.id ?? 's1',
    kind: 'PROGRESS_CLAIM',
    statedOn: '2023-06-20',
    sameRemarkAsId: null,
    ...overrides,
    source: {
      outlet: 'BelTA',
      outletType: 'STATE_MEDIA',
      provenance: 'ORIGINAL',
      originalOutlet: null,
      ...overrides.source,
    },
  };
}

describe('evidenceRuleProblem', () => {
  it('lets "Not yet rated" and "Can\'t be checked" rest on any statement, or none', () => {
    const commitment = statement({ kind: 'COMMITMENT' });
    for (const status of ['NOT_YET_RATED', 'CANNOT_BE_CHECKED'] as const) {
      expect(evidenceRuleProblem({ status, commitmentOn: null }, [commitment])).toBeNull();
      expect(evidenceRuleProblem({ status, commitmentOn: null }, [])).toBeNull();
    }
  });

  it('refuses a rating that rests on commitments, calls to act or context only', () => {
    for (const status of ['IN_PROGRESS', 'STALLED', 'KEPT', 'PARTLY_KEPT', 'BROKEN'] as const) {
      const problem = evidenceRuleProblem({ status, commitmentOn: '2022-11-23' }, [
        statement({ kind: 'COMMITMENT' }),
        statement({ id: 's2', kind: 'OTHER' }),
      ]);
      expect(problem).toMatch(/reports action or judges an outcome/);
    }
    expect(evidenceRuleProblem({ status: 'IN_PROGRESS', commitmentOn: '2022-11-23' }, [])).toMatch(
      /needs evidence/,
    );
  });

  it('accepts a report of action or an assessment made on or after the commitment', () => {
    for (const kind of ['PROGRESS_CLAIM', 'ASSESSMENT'] as const) {
      expect(
        evidenceRuleProblem({ status: 'STALLED', commitmentOn: '2023-06-20' }, [
          statement({ kind: 'COMMITMENT' }),
          statement({ id: 's2', kind }),
        ]),
      ).toBeNull();
    }
  });

  it('refuses a report older than the commitment it would rate (background)', () => {
    expect(
      evidenceRuleProblem({ status: 'IN_PROGRESS', commitmentOn: '2022-11-23' }, [
        statement({ statedOn: '2012-05-15' }),
      ]),
    ).toMatch(/on or after the commitment it rates \(23 November 2022\)/);
  });

  it('asks a verdict for two independent outlets or one official source', () => {
    const context = { status: 'KEPT' as const, commitmentOn: null };
    expect(evidenceRuleProblem(context, [statement()])).toMatch(/corroboration.*from BelTA/);
    // A republication of BelTA is BelTA.
    const republished = statement({
      id: 's2',
      source: {
        outlet: 'ArtsakhPress',
        outletType: 'FOREIGN',
        provenance: 'REPUBLICATION',
        originalOutlet: 'BelTA',
      },
    });
    expect(evidenceRuleProblem(context, [statement(), republished])).toMatch(/corroboration/);
    // The same remark in a second outlet's report is one remark.
    const secondReport = statement({
      id: 's3',
      sameRemarkAsId: 's1',
      source: {
        outlet: 'Sputnik',
        outletType: 'FOREIGN',
        provenance: 'ORIGINAL',
        originalOutlet: null,
      },
    });
    expect(evidenceRuleProblem(context, [statement(), secondReport])).toMatch(/corroboration/);
    // Two independent outlets, or one official source, are enough.
    const independent = statement({
      id: 's4',
      source: {
        outlet: 'Sputnik',
        outletType: 'FOREIGN',
        provenance: 'ORIGINAL',
        originalOutlet: null,
      },
    });
    expect(evidenceRuleProblem(context, [statement(), independent])).toBeNull();
    const official = statement({
      source: {
        outlet: 'president.gov.by',
        outletType: 'OFFICIAL',
        provenance: 'ORIGINAL',
        originalOutlet: null,
      },
    });
    expect(evidenceRuleProblem(context, [official])).toBeNull();
    // A machine translation of an official text is not the official's word.
    const translated = statement({
      source: {
        outlet: 'pionerprodukt.by',
        outletType: 'OFFICIAL',
        provenance: 'MACHINE_TRANSLATION',
        originalOutlet: 'president.gov.by',
      },
    });
    expect(evidenceRuleProblem(context, [translated])).toMatch(/corroboration/);
    // "In progress" and "Stalled" are not verdicts: one outlet is enough.
    expect(
      evidenceRuleProblem({ status: 'IN_PROGRESS', commitmentOn: null }, [statement()]),
    ).toBeNull();
  });
});
