// The one way a submitted form becomes input for a schema. Field names are
// chosen by whoever posts the form, so they never become keys of an ordinary
// object: `obj[name] = …` with `__proto__` reaches Object.prototype, and one
// analyst's request would change every object of the process (issue 9, High 1).
// Fields are gathered in a Map and handed out as objects without a prototype.

/** Names that mean something to JavaScript objects; no form of ours uses them. */
const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

export function isReservedFieldName(name: string): boolean {
  return RESERVED_NAMES.has(name);
}

export type FormFields = Record<string, FormDataEntryValue | FormDataEntryValue[]>;

/**
 * The fields of a submission as a prototype-free object for a zod schema.
 * Fields named in `arrays` are always arrays (repeated checkboxes); any other
 * repeated field keeps its last value. Next's own `$ACTION…` fields and
 * reserved names are left out.
 */
export function readForm(formData: FormData, arrays: readonly string[] = []): FormFields {
  const fields = new Map<string, FormDataEntryValue | FormDataEntryValue[]>();
  for (const name of arrays) fields.set(name, []);
  for (const [name, value] of formData.entries()) {
    if (name.startsWith('$') || isReservedFieldName(name)) continue;
    const existing = fields.get(name);
    if (Array.isArray(existing) && arrays.includes(name)) existing.push(value);
    else fields.set(name, value);
  }
  return toRecord(fields);
}

/** A Map as an object without a prototype: no key of it can reach Object.prototype. */
export function toRecord<V>(entries: Map<string, V>): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/**
 * Fields named `<field>:<key>` grouped by key, e.g. `status:item-1` and
 * `note:item-1` become `{ 'item-1': { status, note } }`. Keys are arbitrary
 * strings from the request: the groups live in a Map until handed out
 * prototype-free, and a reserved key is dropped.
 */
export function readFieldGroups<F extends string>(
  formData: FormData,
  fields: readonly F[],
  repeated: readonly F[] = [],
): Record<string, Partial<Record<F, string>> & Partial<Record<F, string[]>>> {
  const groups = new Map<string, Map<F, string | string[]>>();
  for (const [name, value] of formData.entries()) {
    if (typeof value !== 'string') continue;
    const colon = name.indexOf(':');
    if (colon <= 0) continue;
    const field = name.slice(0, colon) as F;
    const key = name.slice(colon + 1);
    if (!fields.includes(field) || key === '' || isReservedFieldName(key)) continue;
    let group = groups.get(key);
    if (!group) {
      group = new Map(repeated.map((name) => [name, [] as string[]]));
      groups.set(key, group);
    }
    const existing = group.get(field);
    if (Array.isArray(existing)) existing.push(value);
    else group.set(field, value);
  }
  const result = new Map<string, Partial<Record<F, string>> & Partial<Record<F, string[]>>>();
  for (const [key, group] of groups) result.set(key, toRecord(group) as never);
  return toRecord(result);
}
