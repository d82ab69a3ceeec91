import {
  AnnotationEntry,
  NewAnnotationForm,
} from '@/app/[locale]/(analyst)/workspace/annotations/annotation-forms';
import { listAnnotations } from '@/lib/data/workspace/annotations';
import { type AnnotationTarget } from '@/lib/data/shared/annotation-target';
import { requireRole } from '@/lib/session';
import type { AnnotationTargetType } from '@/lib/validation/annotations';

interface AnnotationsPanelProps {
  target: AnnotationTarget;
  /** Defaults to "Internal notes". */
  title?: string;
  headingLevel?: 2 | 3 | 4;
  /** Without notes, show only a disclosure to add one (for long lists, such as an item's statements). */
  isCompact?: boolean;
}

function describeTarget(target: AnnotationTarget): { type: AnnotationTargetType; id: string } {
  if ('itemId' in target) return { type: 'item', id: target.itemId };
  if ('statementId' in target) return { type: 'statement', id: target.statementId };
  return { type: 'source', id: target.sourceId };
}

/**
 * The analysts' internal notes on an item, a statement or a source, with a
 * form to add one. Signed-in analysts only; never render it on a public page
 * (it checks the role itself and would send visitors to sign in).
 */
export async function AnnotationsPanel({
  target,
  title = 'Internal notes',
  headingLevel = 2,
  isCompact = false,
}: AnnotationsPanelProps) {
  const actor = await requireRole('ANALYST');
  const notes = await listAnnotations(actor, target);
  const { type, id } = describeTarget(target);
  if (isCompact && notes.length === 0) {
    return (
      <details className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-900/50">
        <summary className="cursor-pointer">
          {title}: none yet. <span className="underline">Add one</span>
        </summary>
        <div className="mt-3">
          <NewAnnotationForm targetType={type} targetId={id} label="Note (never public)" />
        </div>
      </details>
    );
  }
  const headingId = `notes-${type}-${id}`;
  const Heading = `h${headingLevel}` as const;
  // In lists (isCompact) the same title repeats: no landmark, so landmarks keep unique names.
  const Wrapper = isCompact ? 'div' : 'section';
  return (
    <Wrapper
      aria-labelledby={isCompact ? undefined : headingId}
      className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-900/50"
    >
      <Heading id={headingId} className="font-semibold">
        {title}{' '}
        <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
          ({notes.length}, never public)
        </span>
      </Heading>
      {notes.length > 0 && (
        <ul className="space-y-3">
          {notes.map((note) => (
            <li key={note.id} className="rounded-md bg-white p-3 shadow-sm dark:bg-slate-950">
              <AnnotationEntry note={note} headingLevel={headingLevel >= 3 ? 4 : 3} />
            </li>
          ))}
        </ul>
      )}
      <NewAnnotationForm
        targetType={type}
        targetId={id}
        label={notes.length ? 'Add a note' : 'Write the first note'}
      />
    </Wrapper>
  );
}
