import type { AnnotationTargetType } from '@/lib/validation/annotations';

// What an internal note is attached to: exactly one of an item, a statement or
// a source.

export type AnnotationTarget = { itemId: string } | { statementId: string } | { sourceId: string };

export function targetOf(type: AnnotationTargetType, id: string): AnnotationTarget {
  if (type === 'item') return { itemId: id };
  if (type === 'statement') return { statementId: id };
  return { sourceId: id };
}
