import 'server-only';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/session';
import { assertRole } from '@/lib/data/shared/authz';
import {
  evidenceSelect,
  toEvidenceDto,
  type EvidenceStatementDto,
} from '@/lib/data/shared/evidence-fields';

export const EVIDENCE_SEARCH_LIMIT = 20;

/** Citable statements of other items whose quote, speaker or source title contain the query. */
export async function searchEvidenceStatements(
  actor: SessionUser | null,
  options: { query: string; excludeItemId?: string; limit?: number },
): Promise<EvidenceStatementDto[]> {
  assertRole(actor, 'ANALYST');
  const query = options.query.trim();
  if (query.length < 2) return [];
  const rows = await db().statement.findMany({
    where: {
      archivedAt: null,
      anchorState: 'ANCHORED',
      ...(options.excludeItemId ? { items: { none: { itemId: options.excludeItemId } } } : {}),
      OR: [
        { quote: { contains: query, mode: 'insensitive' } },
        { speaker: { contains: query, mode: 'insensitive' } },
        { source: { title: { contains: query, mode: 'insensitive' } } },
      ],
    },
    orderBy: [{ statedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    take: Math.min(options.limit ?? EVIDENCE_SEARCH_LIMIT, 50),
    select: evidenceSelect,
  });
  return rows.map(toEvidenceDto);
}
