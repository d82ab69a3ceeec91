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

/** Year, month and day of a complete yyyy-mm-dd, or null while the field is incomplete. */
function dayParts(chosen: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(chosen);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** The reason to show for `chosen` (yyyy-mm-dd, or '' while the field is empty). */
export function reasonForDate(chosen: string, proposal: YearProposal): string {
  const parts = dayParts(chosen);
  if (!parts) return proposal.yearBasis;
  const [year, month, day] = parts;
  const proposedYear = proposal.publishedOn.slice(0, 4);
  if (proposal.yearInferred && proposedYear === chosen.slice(0, 4)) return proposal.yearBasis;
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
  const parts = dayParts(chosen);
  if (!parts || !period) return null;
  const note = periodNote(...parts, period);
  return note ?? "Within the presidency's period.";
}
