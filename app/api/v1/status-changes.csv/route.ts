import { CSV_CONTENT_TYPE, encodeCsv } from '@/lib/csv';
import { boundedCachedRead } from '@/lib/data/shared/cache';
import { listOpenStatusChanges } from '@/lib/data/public/open-data';
import { downloadResponse } from '@/lib/open-data-http';

export const dynamic = 'force-dynamic';

const HEADER = [
  'id',
  'item_id',
  'item_title',
  'effective_on',
  'from_status',
  'to_status',
  'is_correction',
  'corrects_id',
  'note',
  'evidence_statement_ids',
  'evidence_quotes',
  'recorded_at',
] as const;

/** Bulk download: at most this many rows (the JSON API pages through any number). */
const CSV_ROW_LIMIT = 100_000;

// Built once per data version, however many download it at once (issue 8).
const statusChangesCsv = boundedCachedRead(2, async () => {
  const { changes } = await listOpenStatusChanges({ limit: CSV_ROW_LIMIT });
  const rows = changes.map((change) => [
    change.id,
    change.itemId,
    change.itemTitle,
    change.effectiveOn,
    change.from.code,
    change.to.code,
    change.isCorrection,
    change.correctsId,
    change.note,
    change.evidence.map((evidence) => evidence.statementId).join(' '),
    change.evidence.map((evidence) => evidence.quote).join(' | '),
    change.recordedAt,
  ]);
  return encodeCsv(HEADER, rows, { bom: true });
});

/** One row per status change, corrections included, newest recorded first. */
export async function GET() {
  return downloadResponse(
    await statusChangesCsv(),
    CSV_CONTENT_TYPE,
    'csto-tracker-status-changes.csv',
  );
}
