// The status vocabulary and its published definitions: the one place they live.
// The methodology page, the badges, the API and the CSV all read from here.
// Why these seven: docs/decisions/0003-status-vocabulary.md.
import type { Status } from '@/lib/generated/prisma/enums';

export type { Status };

export interface StatusDefinition {
  code: Status;
  label: string;
  definition: string;
  /** The same in Russian, for /ru (issue 12). */
  ru: { label: string; definition: string };
  /** A final verdict: what an item may be finalised with after the presidency. */
  isFinal: boolean;
  /** Tailwind classes for the badge and the bar segment (light and dark). */
  tone: string;
  bar: string;
  /** The same colour as `bar`, for SVG shapes. */
  fill: string;
}

export const STATUSES: readonly StatusDefinition[] = [
  {
    code: 'NOT_YET_RATED',
    label: 'Not yet rated',
    definition:
      'The commitment is recorded but no analyst has rated it yet, usually because no evidence beyond the commitment itself has been found.',
    ru: {
      label: 'Ещё не оценено',
      definition:
        'Обязательство записано, но аналитик его ещё не оценил, обычно потому, что кроме самого обязательства никаких свидетельств не найдено.',
    },
    isFinal: false,
    tone: 'bg-slate-100 text-slate-800 ring-slate-300 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600',
    bar: 'bg-slate-400 dark:bg-slate-500',
    fill: 'fill-slate-400 dark:fill-slate-500',
  },
  {
    code: 'IN_PROGRESS',
    label: 'In progress',
    definition:
      'A source reports concrete steps towards the commitment (a plan adopted, a meeting held, work under way), but it is not yet met.',
    ru: {
      label: 'Выполняется',
      definition:
        'Источник сообщает о конкретных шагах к выполнению обязательства (план принят, встреча проведена, работа идёт), но оно ещё не выполнено.',
    },
    isFinal: false,
    tone: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-100 dark:ring-sky-700',
    bar: 'bg-sky-600 dark:bg-sky-400',
    fill: 'fill-sky-600 dark:fill-sky-400',
  },
  {
    code: 'STALLED',
    label: 'Stalled',
    definition:
      'Work had started or was promised, but a source reports no visible progress, a delay or an obstacle.',
    ru: {
      label: 'Застопорилось',
      definition:
        'Работа началась или была обещана, но источник сообщает об отсутствии заметного прогресса, задержке или препятствии.',
    },
    isFinal: false,
    tone: 'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-700',
    bar: 'bg-amber-500 dark:bg-amber-400',
    fill: 'fill-amber-500 dark:fill-amber-400',
  },
  {
    code: 'PARTLY_KEPT',
    label: 'Partly kept',
    definition:
      'Part of the commitment was met, or it was met in a weaker form than announced (PolitiFact calls this a compromise).',
    ru: {
      label: 'Выполнено частично',
      definition:
        'Обязательство выполнено частично или в более слабой форме, чем было объявлено (PolitiFact называет это компромиссом).',
    },
    isFinal: true,
    tone: 'bg-violet-100 text-violet-900 ring-violet-300 dark:bg-violet-950 dark:text-violet-100 dark:ring-violet-700',
    bar: 'bg-violet-500 dark:bg-violet-400',
    fill: 'fill-violet-500 dark:fill-violet-400',
  },
  {
    code: 'KEPT',
    label: 'Kept',
    definition: 'A source shows the commitment was met as announced, within the period it named.',
    ru: {
      label: 'Выполнено',
      definition:
        'Источник показывает, что обязательство выполнено так, как было объявлено, и в названный срок.',
    },
    isFinal: true,
    tone: 'bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-100 dark:ring-emerald-700',
    bar: 'bg-emerald-600 dark:bg-emerald-400',
    fill: 'fill-emerald-600 dark:fill-emerald-400',
  },
  {
    code: 'BROKEN',
    label: 'Broken',
    definition:
      'The period for the commitment ended without it being met, or a source shows it was abandoned or reversed.',
    ru: {
      label: 'Не выполнено',
      definition:
        'Срок обязательства истёк, а оно не выполнено, или источник показывает, что от него отказались или сделали обратное.',
    },
    isFinal: true,
    tone: 'bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-950 dark:text-rose-100 dark:ring-rose-700',
    bar: 'bg-rose-600 dark:bg-rose-400',
    fill: 'fill-rose-600 dark:fill-rose-400',
  },
  {
    code: 'CANNOT_BE_CHECKED',
    label: "Can't be checked",
    definition:
      'The commitment is too vague to verify, or the sources available cannot show whether it was met. Used only with a note saying why.',
    ru: {
      label: 'Невозможно проверить',
      definition:
        'Обязательство слишком расплывчато для проверки, или доступные источники не могут показать, выполнено ли оно. Ставится только с пояснением причины.',
    },
    isFinal: true,
    tone: 'bg-zinc-200 text-zinc-900 ring-zinc-400 dark:bg-zinc-800 dark:text-zinc-100 dark:ring-zinc-500',
    bar: 'bg-zinc-500 dark:bg-zinc-400',
    fill: 'fill-zinc-500 dark:fill-zinc-400',
  },
];

export const STATUS_CODES = STATUSES.map((status) => status.code) as [Status, ...Status[]];

const byCode = new Map(STATUSES.map((status) => [status.code, status]));

export function statusDefinition(code: Status): StatusDefinition {
  const found = byCode.get(code);
  if (!found) throw new Error(`Unknown status ${code}`);
  return found;
}

/** A status's label and definition in `locale`. */
export function statusText(code: Status, locale: string): { label: string; definition: string } {
  const definition = statusDefinition(code);
  return locale === 'ru' ? definition.ru : definition;
}

/** How an entry that keeps the status it found reads, everywhere (pages, feed). */
export const REAFFIRMED_LABEL = 'reaffirmed with new evidence';
export const REAFFIRMED_LABEL_RU = 'подтверждено новыми свидетельствами';
