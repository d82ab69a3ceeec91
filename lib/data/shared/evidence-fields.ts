import 'server-only';
import { isoDay } from '@/lib/dates';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AnchorState, StatementKind } from '@/lib/generated/prisma/enums';

// The statements a status change may cite, as the workspace shows them.

export interface EvidenceStatementDto {
  id: string;
  quote: string;
  speaker: string;
  statedOn: string | null;
  /** What the sentence does: only reports of action and assessments can support a rating. */
  kind: StatementKind;
  anchorState: AnchorState;
  isArchived: boolean;
  /** Anchored and not archived: may be cited as evidence. */
  isCitable: boolean;
  source: { id: string; title: string; publishedOn: string };
  items: { id: string; title: string }[];
}

export const evidenceSelect = {
  id: true,
  quote: true,
  speaker: true,
  statedOn: true,
  kind: true,
  anchorState: true,
  archivedAt: true,
  source: { select: { id: true, title: true, publishedOn: true } },
  items: { select: { item: { select: { id: true, title: true } } } },
} satisfies Prisma.StatementSelect;

type EvidenceRow = Prisma.StatementGetPayload<{ select: typeof evidenceSelect }>;

export function toEvidenceDto(row: EvidenceRow): EvidenceStatementDto {
  return {
    id: row.id,
    quote: row.quote,
    speaker: row.speaker,
    statedOn: row.statedOn && isoDay(row.statedOn),
    kind: row.kind,
    anchorState: row.anchorState,
    isArchived: row.archivedAt !== null,
    isCitable: row.anchorState === 'ANCHORED' && row.archivedAt === null,
    source: {
      id: row.source.id,
      title: row.source.title,
      publishedOn: isoDay(row.source.publishedOn),
    },
    items: row.items.map(({ item }) => item),
  };
}

/**
 * The day of an item's latest live quote (its statement day, else its source's
 * publication day), as a scalar subquery: `item` is the item's id, a value or
 * a column of the outer query. The item page and the workspace list read it.
 */
export function latestQuoteDaySql(item: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT max(COALESCE(s."statedOn", src."publishedOn"))
    FROM "StatementItem" si
    JOIN "Statement" s ON s.id = si."statementId" AND s."archivedAt" IS NULL
    JOIN "Source" src ON src.id = s."sourceId"
    WHERE si."itemId" = ${item})`;
}
