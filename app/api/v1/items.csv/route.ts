import { CSV_CONTENT_TYPE, encodeCsv } from '@/lib/csv';
import { listItemRows } from '@/lib/data/public/open-data';
import { boundedCachedRead } from '@/lib/data/shared/cache';
import { downloadResponse, requestOrigin } from '@/lib/open-data-http';
import { statusDefinition } from '@/lib/status';

export const dynamic = 'force-dynamic';

const HEADER = [
  'id',
  'url',
  'area',
  'title',
  'status_code',
  'status_label',
  'last_status_change',
  'statement_count',
  'summary',
] as const;

// The whole export is built once per data version (and origin), however many
// download it at once: a bulk download of every item must not be rebuilt by
// every request (issue 8).
const itemsCsv = boundedCachedRead(4, async (origin: string) => {
  const rows = (await listItemRows()).map((item) => [
    item.id,
    `${origin}/items/${encodeURIComponent(item.id)}`,
    item.areaTitle,
    item.title,
    item.status,
    statusDefinition(item.status).label,
    item.statusSince,
    item.statementCount,
    item.summary,
  ]);
  return encodeCsv(HEADER, rows, { bom: true });
});

/** One row per item (RFC 4180, UTF-8 with a byte order mark, CRLF). */
export async function GET(request: Request) {
  return downloadResponse(
    await itemsCsv(requestOrigin(request)),
    CSV_CONTENT_TYPE,
    'csto-tracker-items.csv',
  );
}
