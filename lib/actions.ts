// The one pipeline of every server action (docs/conventions.md): role check,
// one form reader (prototype-free, lib/form-data.ts), zod parse, data-layer
// call, one result shape (FormState), one revalidation policy. An action file
// declares what differs (schema, data call, message) and nothing else:
//
//   export const archiveAreaAction = action({
//     role: 'ANALYST',
//     schema: archiveAreaSchema,
//     values: false,
//     run: setAreaArchived,
//     changes: 'tracker',
//     done: (_value, input) => saved(input.archived ? 'Area archived.' : 'Area published again.'),
//   });
//
// A database outage is not a bug: the person stays on the form, with what
// they typed, and is told to try again, instead of being sent to /login or an
// error page that loses the text (issue 9, finding 8). Anything else thrown
// (redirects, notFound, forbidden, bugs) passes through.
import 'server-only';
import { refresh, revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { invalidateTrackerFromAction } from '@/lib/data/shared/cache';
import { isDatabaseUnavailable, OUTAGE_MESSAGE } from '@/lib/db-errors';
import { readForm } from '@/lib/form-data';
import { echo, invalid, refused, type FormState } from '@/lib/form-state';
import type { Role } from '@/lib/generated/prisma/enums';
import { requireRole, type SessionUser } from '@/lib/session';

/** What a data-layer write answers (lib/data/shared/authz.ts Outcome, and its richer kin). */
export type ActionOutcome<V> =
  | { ok: true; value: V }
  | {
      ok: false;
      message: string;
      field?: string;
      fieldErrors?: Record<string, string[]>;
      conflict?: FormState['conflict'];
    };

type Refusal<R> = Extract<R, { ok: false }>;

/** The signed-in person for an action that needs a role; nobody for one that does not. */
type ActorOf<Who extends Role | null> = Who extends Role ? SessionUser : null;

export interface ActionSpec<
  S extends z.ZodType,
  R extends ActionOutcome<unknown>,
  State extends FormState,
  Who extends Role | null,
> {
  /** Who may: checked first, whatever the page checked (the data layer checks again). null: anyone (sign-in). */
  role: Who;
  /** The schema of the input, or one that depends on the actor and the raw input (status dates); a string refuses. */
  schema: S | ((raw: unknown, actor: ActorOf<Who>) => Promise<S | string>);
  /** How the form becomes input. Default: readForm(formData, arrays). */
  read?: (formData: FormData) => unknown;
  /** Fields that are always arrays (repeated checkboxes), for the default reader. */
  arrays?: readonly string[];
  /**
   * What a failed form gets back to refill its fields: by default every text
   * field but secrets (echo); false for row buttons and secret forms.
   */
  values?: false | ((formData: FormData) => Record<string, string>);
  /** The message over field errors. */
  invalidMessage?: string;
  run: (actor: ActorOf<Who>, input: z.output<S>) => Promise<R>;
  /**
   * The one revalidation policy, after a success: 'tracker' data expires the
   * cached public reads and every page renders again (the one the person is
   * on included); 'accounts' renders every page again (no public data
   * changed); 'nothing' for actions that only read, sign in, or change
   * nothing a page shows (a password change).
   */
  changes: 'tracker' | 'accounts' | 'nothing';
  /** A refused write on a list that may be stale (order, history): show the current one. */
  refreshOnRefusal?: boolean;
  /** What a refusal carries besides its message (a duplicate, the correcting entry). */
  refusal?: (result: Refusal<R>) => Partial<NoInfer<State>>;
  /** The state after a success, or a redirect(). */
  done: (
    value: Extract<R, { ok: true }>['value'],
    input: z.output<S>,
    formData: FormData,
  ) => NoInfer<State> | Promise<NoInfer<State>>;
}

export type FormActionFn<State extends FormState> = (
  previous: State,
  formData: FormData,
) => Promise<State>;

export function action<
  S extends z.ZodType,
  R extends ActionOutcome<unknown>,
  State extends FormState = FormState,
  Who extends Role | null = Role,
>(spec: ActionSpec<S, R, State, Who>): FormActionFn<State> {
  const valuesOf = (formData: FormData) =>
    spec.values === false ? undefined : (spec.values ?? echo)(formData);
  return async (previous, formData) => {
    try {
      const actor = (spec.role ? await requireRole(spec.role) : null) as ActorOf<Who>;
      const raw = spec.read ? spec.read(formData) : readForm(formData, spec.arrays);
      const schema =
        typeof spec.schema === 'function' ? await spec.schema(raw, actor) : spec.schema;
      if (typeof schema === 'string') {
        return refused({ message: schema }, valuesOf(formData)) as State;
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return invalid(parsed.error, spec.invalidMessage, valuesOf(formData)) as State;
      }
      const result = await spec.run(actor, parsed.data);
      if (!result.ok) {
        const refusal = result as Refusal<R>;
        if (spec.refreshOnRefusal) refresh();
        return {
          ...refused(refusal, valuesOf(formData)),
          ...spec.refusal?.(refusal),
        } as State;
      }
      if (spec.changes === 'tracker') invalidateTrackerFromAction();
      else if (spec.changes === 'accounts') revalidatePath('/', 'layout');
      return await spec.done((result as Extract<R, { ok: true }>).value, parsed.data, formData);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      console.error('Save refused, database unavailable:', error);
      return {
        ...previous,
        ok: false,
        message: OUTAGE_MESSAGE,
        fieldErrors: undefined,
        conflict: undefined,
        values: (spec.values || echo)(formData),
      };
    }
  };
}
