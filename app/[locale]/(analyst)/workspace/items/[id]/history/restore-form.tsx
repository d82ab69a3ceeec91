'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/form-state';
import { restoreItemVersionAction } from '../../actions';

/** "Restore this version": brings back a revision's title, summary and area as a new revision. */
export function RestoreForm({
  itemId,
  version,
  revisionId,
  side,
  label,
}: {
  itemId: string;
  version: number;
  revisionId: string;
  side: 'before' | 'after';
  label: string;
}) {
  const [state, action] = useActionState(restoreItemVersionAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="side" value={side} />
      <SubmitButton variant="secondary" pendingLabel="Restoring…">
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
