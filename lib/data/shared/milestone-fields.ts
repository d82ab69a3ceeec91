import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

// The columns every reader of a milestone needs: what is due, and whether it
// was met or missed and when (issue 10: outcomes at their own precision).
export const milestoneFieldsSelect = {
  id: true,
  title: true,
  titleRu: true,
  dueOn: true,
  precision: true,
  metOn: true,
  missedOn: true,
  outcomePrecision: true,
} satisfies Prisma.MilestoneSelect;
