'use server';

import { redirect } from 'next/navigation';
import { action } from '@/lib/actions';
import { archiveStatement, reattachStatement } from '@/lib/data/workspace/statements';
import { archiveStatementSchema, reattachStatementSchema } from '@/lib/validation/statements';

// Orphaned statements: placed again, or archived (lib/actions.ts).

export const reattachStatementAction = action({
  role: 'ANALYST',
  schema: reattachStatementSchema,
  run: reattachStatement,
  changes: 'tracker',
  done: () => redirect('/workspace/orphans?resolved=placed'),
});

export const archiveOrphanAction = action({
  role: 'ANALYST',
  schema: archiveStatementSchema,
  run: archiveStatement,
  changes: 'tracker',
  done: () => redirect('/workspace/orphans?resolved=archived'),
});
