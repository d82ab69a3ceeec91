import {
  itemFiltersSchema,
  parseItemFilters,
  type ItemFilters,
} from '@/lib/validation/item-filters';
import type { ParameterError } from '@/lib/validation/open-data';

const PARAMETERS = new Set(Object.keys(itemFiltersSchema.shape));
/** The one parameter that may be given several times (`status=A&status=B`). */
const REPEATABLE = new Set(['status']);

/**
 * What the /items page forgives but the API refuses, like every other
 * open-data list: unknown parameters (a typo must not look like a filtered
 * answer) and single-valued ones given twice.
 */
function strictParameterErrors(searchParams: URLSearchParams): ParameterError[] {
  const errors: ParameterError[] = [];
  const seen = new Set<string>();
  for (const key of searchParams.keys()) {
    if (!PARAMETERS.has(key)) {
      if (!seen.has(key)) {
        errors.push({
          code: 'invalid_parameter',
          parameter: key,
          message: `Unknown parameter ${key}.`,
        });
      }
    } else if (seen.has(key) && !REPEATABLE.has(key)) {
      errors.push({
        code: 'invalid_parameter',
        parameter: key,
        message: `${key} is given more than once.`,
      });
    }
    seen.add(key);
  }
  return errors;
}

/**
 * The filters of /items as the open-data routes take them (/api/v1/items and
 * items.csv): the page's schema, plus strict parameters; every error named.
 */
export function parseStrictItemFilters(
  searchParams: URLSearchParams,
): { ok: true; filters: ItemFilters } | { ok: false; errors: ParameterError[] } {
  const parsed = parseItemFilters(searchParams);
  const errors = strictParameterErrors(searchParams);
  if (!parsed.ok) {
    for (const [parameter, messages] of Object.entries(parsed.fieldErrors)) {
      for (const message of messages ?? []) {
        errors.push({ code: 'invalid_parameter', parameter, message });
      }
    }
    // Every schema rule names its field; this only guards the "at least one entry" promise.
    if (errors.length === 0) {
      errors.push({
        code: 'invalid_parameter',
        parameter: null,
        message: 'The parameters are not valid.',
      });
    }
  }
  if (errors.length > 0 || !parsed.ok) return { ok: false, errors };
  return { ok: true, filters: parsed.filters };
}
