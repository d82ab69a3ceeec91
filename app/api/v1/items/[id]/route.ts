import type { NextRequest } from 'next/server';
import { getItemRecord } from '@/lib/data/public/item-records';
import type { ItemDetailJson } from '@/lib/open-data-contract';
import { jsonResponse, notFoundResponse, requestOrigin } from '@/lib/open-data-http';
import { itemUrl, statusHistoryJson, statusJson } from '../item-json';

export const dynamic = 'force-dynamic';

// GET /api/v1/items/:id: one item with its status history (each change with
// its evidence) and its statements, anchored with W3C selectors.
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const item = await getItemRecord(id);
  if (!item) return notFoundResponse(`No published item has the id ${id}.`);
  const origin = requestOrigin(request);
  const data: ItemDetailJson = {
    id: item.id,
    url: itemUrl(origin, item.id),
    title: item.title,
    summary: item.summary,
    titleRu: item.titleRu,
    summaryRu: item.summaryRu,
    area: { id: item.area.id, title: item.area.title },
    status: statusJson(item.status),
    lastEvidenceOn: item.lastEvidenceOn,
    milestones: item.milestones,
    statusHistory: statusHistoryJson(item.statusChanges),
    statements: item.statements,
  };
  return jsonResponse({
    data,
    links: {
      self: `${origin}/api/v1/items/${encodeURIComponent(item.id)}`,
      html: itemUrl(origin, item.id),
    },
  });
}
