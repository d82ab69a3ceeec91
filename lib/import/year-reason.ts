// "Why this year" follows the date the analyst settles on (issue 11): the
// proposal's reason while the date is the proposed one; otherwise a reason
// that says the analyst chose the year, what the text had suggested, and
// whether the date lies in the presidency's period. Pure: the import form
// runs it as the date is edited.
import { periodNote, type PresidencyPeriod } from '@/lib/dateline';

export interface YearProposal {
  /** yyyy-mm-dd as proposed, or ''. */
  publishedOn: string;
  yearInferred: boolean;
  yearBasis: string;
  period: PresidencyPeriod | null;
}

/** The reason to show for `chosen` (yyyy-mm-dd, or '' while the field is empty). */
export function reasonForDate(chosen: string, proposal: YearProposal): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(chosen);
  if (!match) return proposal.yearBasis;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const proposedYear = proposal.publishedOn.slice(0, 4);
  if (proposal.yearInferred && proposedYear === match[1]) return proposal.yearBasis;
  const note = periodNote(year, month, day, proposal.period ?? undefined);
  const inside = proposal.period && !note ? " It falls within the presidency's period." : '';
  const suggested =
    proposal.yearInferred && proposedYear
      ? ` The proposal was ${proposedYear}: ${proposal.yearBasis}`
      : '';
  return `Year ${year} set by the analyst.${inside}${note ? ` ${note}` : ''}${suggested}`;
}

/** A line under the date field: inside or outside the presidency's period. */
export function periodLine(chosen: string, period: PresidencyPeriod | null): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(chosen);
  if (!match || !period) return null;
  const note = periodNote(Number(match[1]), Number(match[2]), Number(match[3]), period);
  return note ?? "Within the presidency's period.";
}
