import 'server-only';
import type { TextPositionSelector, TextQuoteSelector } from '@/lib/evidence';
import type { Prisma } from '@/lib/generated/prisma/client';

// A statement as the open data API publishes it, in the statement list and in
// an item's record alike; each read adds what it links the statement to.

export const openStatementSelect = {
  id: true,
  quote: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  anchorState: true,
  speaker: true,
  relayedFrom: true,
  sameRemarkAsId: true,
  statedOn: true,
  kind: true,
  sourceVersion: { select: { number: true } },
} satisfies Prisma.StatementSelect;

type OpenStatementRow = Prisma.StatementGetPayload<{ select: typeof openStatementSelect }>;

/** Its W3C selectors into the text version `sourceVersion.number`. */
export function openSelectors(row: OpenStatementRow): [TextQuoteSelector, TextPositionSelector] {
  return [
    { type: 'TextQuoteSelector', exact: row.quote, prefix: row.prefix, suffix: row.suffix },
    { type: 'TextPositionSelector', start: row.start, end: row.end },
  ];
}
