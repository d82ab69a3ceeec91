// The filters of an items list (GET, no JavaScript needed): the public /items
// and the workspace's items list read the same parameters (lib/validation/item-filters.ts).
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { localizedText } from '@/lib/i18n/localized';
import { Select, TextInput } from '@/components/ui/field';
import { OUTLET_TYPES } from '@/lib/outlets';
import { STATUSES, statusText } from '@/lib/status';
import {
  DEFAULT_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  type ItemFilterErrors,
  type RawItemFilters,
} from '@/lib/validation/item-filters';

export function ItemFilterForm({
  action,
  raw,
  errors,
  areas,
}: {
  /** The page the filters apply to: /items, or the workspace's list. */
  action: string;
  raw: RawItemFilters;
  errors: ItemFilterErrors;
  areas: { id: string; title: string; titleRu?: string }[];
}) {
  const t = useTranslations('filters');
  const locale = useLocale();
  const statusErrorId = 'field-status-error';
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t('label')}
      className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <TextInput
        name="q"
        type="search"
        label={t('search')}
        defaultValue={raw.q}
        maxLength={MAX_QUERY_LENGTH}
        errors={errors.q}
        hint={t('searchHint')}
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select name="area" label={t('area')} defaultValue={raw.area ?? ''} errors={errors.area}>
          <option value="">{t('allAreas')}</option>
          {areas.map((area) => (
            <option key={area.id} value={area.id}>
              {localizedText(locale, area.title, area.titleRu).text}
            </option>
          ))}
        </Select>
        <Select
          name="outlet"
          label={t('outlet')}
          defaultValue={raw.outlet ?? ''}
          errors={errors.outlet}
        >
          <option value="">{t('anyOutlet')}</option>
          {OUTLET_TYPES.map((type) => (
            <option key={type.code} value={type.code}>
              {t(`outlets.${type.code}`)}
            </option>
          ))}
        </Select>
        <TextInput
          name="from"
          type="date"
          label={t('from')}
          defaultValue={raw.from}
          errors={errors.from}
        />
        <TextInput name="to" type="date" label={t('to')} defaultValue={raw.to} errors={errors.to} />
      </div>
      {/* Checkboxes rather than a select: several statuses can be chosen at once, without JavaScript. */}
      <fieldset aria-describedby={errors.status ? statusErrorId : undefined} className="space-y-2">
        <legend className="text-sm font-medium">{t('status')}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {STATUSES.map((status) => (
            <label key={status.code} className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="status"
                value={status.code}
                defaultChecked={raw.status.includes(status.code)}
                className="h-4 w-4 accent-slate-800 dark:accent-slate-200"
              />
              {statusText(status.code, locale).label}
            </label>
          ))}
        </div>
        {errors.status && (
          <p id={statusErrorId} className="text-sm font-medium text-rose-700 dark:text-rose-300">
            {errors.status.join(' ')}
          </p>
        )}
      </fieldset>
      {/* The page size is not a form field but survives applying new filters. */}
      {raw.pageSize && !errors.pageSize && Number(raw.pageSize) !== DEFAULT_PAGE_SIZE && (
        <input type="hidden" name="pageSize" value={raw.pageSize} />
      )}
      {errors.pageSize && (
        <p className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {t('pageSize', { errors: errors.pageSize.join(' ') })}
        </p>
      )}
      {errors.page && (
        <p className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {t('page', { errors: errors.page.join(' ') })}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="inline-flex items-center rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
        >
          {t('apply')}
        </button>
        <Link href={action} className="text-sm underline underline-offset-4">
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
