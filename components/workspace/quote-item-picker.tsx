'use client';

import { useState } from 'react';
import type { QuotableAreaDto } from '@/lib/data/workspace/sources';

interface QuoteItemPickerProps {
  /** Unique per form: ids of the checkboxes and their error. */
  idPrefix: string;
  areas: readonly QuotableAreaDto[];
  checked?: readonly string[];
  /** Items this statement cites that are no longer live: kept unless unticked. */
  archived?: readonly { id: string; title: string }[];
  errors?: string[];
}

/**
 * Checkboxes for the items a statement is evidence for, grouped by area.
 * Controlled, so the ticks survive a refused submit (React resets a form's
 * uncontrolled fields after every action); remount it (key) to start afresh.
 */
export function QuoteItemPicker({
  idPrefix,
  areas,
  checked = [],
  archived = [],
  errors,
}: QuoteItemPickerProps) {
  const errorId = `${idPrefix}-items-error`;
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(checked));
  const toggle = (id: string, isOn: boolean) =>
    setTicked((previous) => {
      const next = new Set(previous);
      if (isOn) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <fieldset
      aria-describedby={errors?.length ? errorId : undefined}
      aria-invalid={errors?.length ? true : undefined}
      className="space-y-2"
    >
      <legend className="text-sm font-medium">Evidence for items</legend>
      <div className="max-h-72 space-y-3 overflow-y-auto rounded-md border border-slate-300 p-3 dark:border-slate-600">
        {areas.map((area) => (
          <fieldset key={area.id} className="space-y-1">
            <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
              {area.title}
            </legend>
            {area.items.map((item) => (
              <ItemCheckbox
                key={item.id}
                id={`${idPrefix}-item-${item.id}`}
                value={item.id}
                title={item.title}
                checked={ticked.has(item.id)}
                onToggle={toggle}
              />
            ))}
          </fieldset>
        ))}
        {archived.length > 0 && (
          <fieldset className="space-y-1">
            <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
              Archived items still cited
            </legend>
            {archived.map((item) => (
              <ItemCheckbox
                key={item.id}
                id={`${idPrefix}-item-${item.id}`}
                value={item.id}
                title={`${item.title} (archived)`}
                checked={ticked.has(item.id)}
                onToggle={toggle}
              />
            ))}
          </fieldset>
        )}
      </div>
      {errors?.length ? (
        <p id={errorId} className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

interface ItemCheckboxProps {
  id: string;
  value: string;
  title: string;
  checked: boolean;
  onToggle: (id: string, isOn: boolean) => void;
}

function ItemCheckbox({ id, value, title, checked, onToggle }: ItemCheckboxProps) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        name="itemIds"
        value={value}
        checked={checked}
        onChange={(event) => onToggle(value, event.target.checked)}
        className="mt-1 h-4 w-4 shrink-0 accent-sky-700"
      />
      <label htmlFor={id} className="text-sm">
        {title}
      </label>
    </div>
  );
}
