import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

// An item as its writes lock, compare and record it.

export const itemSnapshotSelect = {
  id: true,
  areaId: true,
  title: true,
  summary: true,
  titleRu: true,
  summaryRu: true,
  position: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.ItemSelect;

export type ItemSnapshot = Prisma.ItemGetPayload<{ select: typeof itemSnapshotSelect }>;

export function fieldsOf(item: ItemSnapshot): Record<string, string> {
  return {
    title: item.title,
    summary: item.summary,
    titleRu: item.titleRu,
    summaryRu: item.summaryRu,
    areaId: item.areaId,
  };
}
