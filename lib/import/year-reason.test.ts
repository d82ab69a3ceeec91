import { describe, expect, it } from 'vitest';
import { periodLine, reasonForDate } from './year-reason';

const period = { start: '2023-01-01', end: '2023-12-31' };
const proposal = {
  publishedOn: '2023-11-23',
  yearInferred: true,
  yearBasis: "No year in the dateline; 23 November falls within the presidency's period.",
  period,
};

describe('reasonForDate (the reason follows the date)', () => {
  it('keeps the proposal while the proposed year stands, whatever the day', () => {
    expect(reasonForDate('2023-11-23', proposal)).toBe(proposal.yearBasis);
    expect(reasonForDate('2023-11-24', proposal)).toBe(proposal.yearBasis);
  });

  it('says the analyst chose another year, whether it is in the period, and what the text suggested', () => {
    expect(reasonForDate('2022-11-23', proposal)).toBe(
      "Year 2022 set by the analyst. This date is before the presidency's period " +
        '(1 January – 31 December 2023): possible (background, preparation, follow-up), but check it. ' +
        `The proposal was 2023: ${proposal.yearBasis}`,
    );
  });

  it('keeps the reason while the date is incomplete', () => {
    expect(reasonForDate('', proposal)).toBe(proposal.yearBasis);
  });

  it('without a proposal, still places the date against the period', () => {
    const none = { publishedOn: '', yearInferred: false, yearBasis: '', period };
    expect(reasonForDate('2023-05-01', none)).toBe(
      "Year 2023 set by the analyst. It falls within the presidency's period.",
    );
  });
});

describe('periodLine', () => {
  it('tells inside from outside, and says nothing without a date or a period', () => {
    expect(periodLine('2023-05-01', period)).toBe("Within the presidency's period.");
    expect(periodLine('2024-01-01', period)).toMatch(/^This date is after the presidency's period/);
    expect(periodLine('', period)).toBeNull();
    expect(periodLine('2023-05-01', null)).toBeNull();
  });
});
