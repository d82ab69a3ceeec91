// The JSON shapes of items in the open-data API, shared by the list and the
// single-item routes so both describe an item the same way. (Headers, errors
// and the envelope come from lib/open-data-http.ts, as for every endpoint.)
import type { StatusChangeDto } from '@/lib/data/public/tracker';
import { standingChanges } from '@/lib/status-history';
import { statusDefinition, type Status } from '@/lib/status';

export function statusJson(code: Status) {
  return { code, label: statusDefinition(code).label };
}

/** The whole history, oldest first; `isStanding` is false for corrected rows. */
export function statusHistoryJson(changes: StatusChangeDto[]) {
  const standing = new Set(standingChanges(changes).map((change) => change.id));
  return changes.map((change) => ({
    id: change.id,
    status: statusJson(change.status),
    effectiveOn: change.effectiveOn,
    recordedAt: change.createdAt,
    note: change.note,
    correctsId: change.correctsId,
    isStanding: standing.has(change.id),
    evidence: change.evidence.map((evidence) => ({
      statementId: evidence.statementId,
      quote: evidence.quote,
      sourceId: evidence.sourceId,
    })),
  }));
}

export function itemUrl(origin: string, id: string): string {
  return `${origin}/items/${encodeURIComponent(id)}`;
}
