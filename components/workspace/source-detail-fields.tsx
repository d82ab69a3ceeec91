// The details of a source, as the import form asks them and the edit form
// corrects them (one list of fields, one set of hints). The published date is
// the caller's: the import's follows the presidency's period as it changes.
import type { ReactNode } from 'react';
import { Select, TextInput } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';
import { OUTLET_TYPES } from '@/lib/outlets';
import { PROVENANCES } from '@/lib/validation/sources';

export function SourceDetailFields({
  value,
  errors,
  dateField,
}: {
  /** What a field shows: what was sent back, else the guess or the stored value. */
  value: (name: string) => string;
  errors: FormState['fieldErrors'];
  dateField: ReactNode;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <TextInput
          label="Title"
          name="title"
          defaultValue={value('title')}
          errors={errors?.title}
        />
      </div>
      <TextInput
        label="Outlet"
        name="outlet"
        defaultValue={value('outlet')}
        hint='As it names itself, e.g. "BelTA".'
        errors={errors?.outlet}
      />
      <Select
        key={`type-${value('outletType')}`}
        label="Outlet type"
        name="outletType"
        defaultValue={value('outletType')}
        hint={
          OUTLET_TYPES.find((type) => type.code === value('outletType'))?.definition ??
          'Official, state media, independent, foreign or other.'
        }
        errors={errors?.outletType}
      >
        <option value="">Choose…</option>
        {OUTLET_TYPES.map((type) => (
          <option key={type.code} value={type.code}>
            {type.label}
          </option>
        ))}
      </Select>
      <Select
        key={`provenance-${value('provenance')}`}
        label="This copy is"
        name="provenance"
        defaultValue={value('provenance') || 'ORIGINAL'}
        hint="A republication or translation credits its quotes to the original outlet, and counts as that outlet in the evidence rules."
        errors={errors?.provenance}
      >
        {PROVENANCES.map((provenance) => (
          <option key={provenance.code} value={provenance.code}>
            {provenance.label}
          </option>
        ))}
      </Select>
      <TextInput
        label="Original outlet"
        name="originalOutlet"
        defaultValue={value('originalOutlet')}
        hint='For a republication or translation: whose text it is, e.g. "BelTA".'
        errors={errors?.originalOutlet}
      />
      <div className="md:col-span-2">
        <TextInput
          label="URL"
          name="url"
          type="url"
          inputMode="url"
          defaultValue={value('url')}
          hint="Optional: the address of the original, http:// or https://."
          errors={errors?.url}
        />
      </div>
      {dateField}
      <TextInput
        label="Dateline"
        name="dateline"
        defaultValue={value('dateline')}
        hint="As written, e.g. “MINSK, 14 March (BelTA) –”."
        errors={errors?.dateline}
      />
      <TextInput label="Place" name="place" defaultValue={value('place')} errors={errors?.place} />
      <TextInput
        label="Languages"
        name="languages"
        defaultValue={value('languages')}
        hint='ISO codes, comma separated, e.g. "en, ru".'
        errors={errors?.languages}
      />
      <div className="md:col-span-2">
        <TextInput
          label="Event"
          name="event"
          defaultValue={value('event')}
          hint="Optional: the meeting or occasion, e.g. “CSTO foreign ministers, Minsk”."
          errors={errors?.event}
        />
      </div>
    </div>
  );
}
