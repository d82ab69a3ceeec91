// The evidence rules a rating must meet, as one pure function: the data layer
// enforces them on every status change and final verdict, the seed test checks
// every seeded rating against them, and the methodology page publishes them.
// Why these rules: docs/decisions/0017-evidence-rules.md.
import { formatDay } from '@/lib/dates';
import type { OutletType, SourceProvenance } from '@/lib/generated/prisma/enums';
import { statusDefinition, type Status } from '@/lib/status';
import { ACTION_OR_OUTCOME_KINDS, type StatementKind } from '@/lib/statement-kinds';

/** A cited statement, as far as the rules care. */
export interface RuleStatement {
  id: string;
  kind: StatementKind;
  /** ISO day; the source's publication day when the statement has none. */
  statedOn: string;
  source: {
    outlet: string;
    outletType: OutletType;
    provenance: SourceProvenance;
    originalOutlet: string | null;
  };
  /** The statement of another copy that reports the same remark. */
  sameRemarkAsId: string | null;
}

export interface RuleContext {
  status: Status;
  /** ISO day of the earliest commitment quoted for the item, if any. */
  commitmentOn: string | null;
}

/** Statuses that only a report of action or an assessment of outcome can support. */
export function isRated(status: Status): boolean {
  return status !== 'NOT_YET_RATED' && status !== 'CANNOT_BE_CHECKED';
}

/** Final verdicts on what happened: these need corroboration as well. */
export function needsCorroboration(status: Status): boolean {
  return status === 'KEPT' || status === 'PARTLY_KEPT' || status === 'BROKEN';
}

/** The outlet whose words these are: a republication or translation counts as its original. */
export function originOutlet(source: RuleStatement['source']): string {
  return source.originalOutlet ?? source.outlet;
}

/** An official source in its own words (or its official translation). */
export function isOfficialSource(source: RuleStatement['source']): boolean {
  return (
    source.outletType === 'OFFICIAL' &&
    (source.provenance === 'ORIGINAL' || source.provenance === 'OFFICIAL_TRANSLATION')
  );
}

function reportsActionOrOutcome(statement: RuleStatement): boolean {
  return ACTION_OR_OUTCOME_KINDS.includes(statement.kind);
}

/** The statements that can support a rating: reports of action or outcome, not older than the commitment. */
export function qualifyingEvidence(
  context: RuleContext,
  evidence: readonly RuleStatement[],
): RuleStatement[] {
  return evidence.filter(
    (statement) =>
      reportsActionOrOutcome(statement) &&
      (context.commitmentOn === null || statement.statedOn >= context.commitmentOn),
  );
}

/**
 * Why this evidence cannot carry this status, in a sentence for the analyst,
 * or null when it can.
 */
export function evidenceRuleProblem(
  context: RuleContext,
  evidence: readonly RuleStatement[],
): string | null {
  if (!isRated(context.status)) return null;
  const label = `“${statusDefinition(context.status).label}”`;
  if (evidence.length === 0) {
    return `${label} needs evidence: at least one statement that reports action or judges an outcome. Without one, the verdict is “Can't be checked” (say why in the note).`;
  }
  const qualifying = qualifyingEvidence(context, evidence);
  if (qualifying.length === 0) {
    if (!evidence.some(reportsActionOrOutcome)) {
      return `${label} needs at least one statement that reports action or judges an outcome (a report of action or an assessment of outcome). The statements chosen are commitments, calls to act or context: they say what should happen, not what did. Choose such a statement, or record “Not yet rated”.`;
    }
    return `${label} needs a report of action or an assessment of outcome made on or after the commitment it rates (${formatDay(context.commitmentOn!)}): the ones chosen are older, background to the commitment rather than evidence of it.`;
  }
  if (!needsCorroboration(context.status)) return null;
  if (qualifying.some((statement) => isOfficialSource(statement.source))) return null;
  const outlets = new Set(
    // A remark reported twice is one remark: its first report's outlet stands for both.
    dropSecondReports(qualifying).map((statement) => originOutlet(statement.source)),
  );
  if (outlets.size >= 2) return null;
  const [only] = outlets;
  return `${label} is a verdict and needs corroboration: reports of action or outcome from two independent outlets, or one from an official source. The qualifying evidence chosen all comes from ${only} (republications, translations and second reports of one remark count once).`;
}

/** Drops the statements whose remark another chosen statement already reports. */
function dropSecondReports(statements: readonly RuleStatement[]): RuleStatement[] {
  const ids = new Set(statements.map((statement) => statement.id));
  return statements.filter(
    (statement) => statement.sameRemarkAsId === null || !ids.has(statement.sameRemarkAsId),
  );
}
