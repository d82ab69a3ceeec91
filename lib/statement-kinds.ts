// What a quoted sentence does, and the published definition of each kind: the
// one place they live (the methodology page, the forms and the evidence rules
// read them from here). A kind says what the sentence does, not what it is
// about: a pledge or a call to act is never a report of action, and an
// announcement of a future event is not progress. See
// docs/decisions/0017-evidence-rules.md.
import type { StatementKind } from '@/lib/generated/prisma/enums';

export type { StatementKind };

export interface StatementKindDefinition {
  code: StatementKind;
  label: string;
  definition: string;
  /** An example from the seed, verbatim. */
  example: string;
  /** Whether the sentence can show that something happened (the evidence rules). */
  reportsActionOrOutcome: boolean;
}

export const STATEMENT_KINDS: readonly StatementKindDefinition[] = [
  {
    code: 'COMMITMENT',
    label: 'Commitment or call to act',
    definition:
      'Says what someone will do, intends, proposes or urges others to do: a pledge, a plan, a proposal, a call to act, a restated intention, or the announcement of a future event. It never shows that anything happened.',
    example: 'The conference is supposed to take place in Minsk in 2023.',
    reportsActionOrOutcome: false,
  },
  {
    code: 'PROGRESS_CLAIM',
    label: 'Report of action',
    definition:
      'Reports a concrete step already taken or under way: a meeting held, a document drafted, adopted or submitted, exercises conducted, information sent, a body set up. Thanks for “support” is not an action.',
    example:
      'But very serious shifts have been secured within the framework of the Shanghai Cooperation Organization, the Commonwealth of Independent States.',
    reportsActionOrOutcome: true,
  },
  {
    code: 'ASSESSMENT',
    label: 'Assessment of outcome',
    definition:
      'Judges how far something has got: results visible or not, a problem solved or unsolved, an obstacle or a delay, criticism for a lack of results.',
    example: 'Results are not yet visible',
    reportsActionOrOutcome: true,
  },
  {
    code: 'OTHER',
    label: 'Context',
    definition:
      'Background, a description of the world, thanks, praise or rhetoric: anything that neither commits, reports action nor judges an outcome.',
    example:
      "Goals and priorities of Belarus' presidency over the Collective Security Treaty Organization were presented by Belarus President Aleksandr Lukashenko at a plenary session of the CSTO Collective Security Council in Yerevan, Armenia on 23 November, BelTA has learned.",
    reportsActionOrOutcome: false,
  },
];

const byCode = new Map(STATEMENT_KINDS.map((kind) => [kind.code, kind]));

export function statementKindDefinition(code: StatementKind): StatementKindDefinition {
  const found = byCode.get(code);
  if (!found) throw new Error(`Unknown statement kind ${code}`);
  return found;
}

export function statementKindLabel(code: StatementKind): string {
  return byCode.get(code)?.label ?? code;
}

/** The kinds that can show a commitment moved: a report of action, an assessment. */
export const ACTION_OR_OUTCOME_KINDS = STATEMENT_KINDS.filter(
  (kind) => kind.reportsActionOrOutcome,
).map((kind) => kind.code);
