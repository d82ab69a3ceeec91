import { CSV_CONTENT_TYPE, encodeCsv } from '@/lib/csv';
import { listItemRows } from '@/lib/data/open-data';
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

/** One row per item (RFC 4180, UTF-8 with a byte order mark, CRLF). */
export async function GET(request: Request) {
  const origin = requestOrigin(request);
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
  return downloadResponse(
    encodeCsv(HEADER, rows, { bom: true }),
    CSV_CONTENT_TYPE,
    'csto-tracker-items.csv',
  );
}
