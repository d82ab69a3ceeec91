import type { NextRequest } from 'next/server';
import { searchItems } from '@/lib/data/public/item-search';
import type { ItemJson } from '@/lib/open-data-contract';
import {
  badRequestResponse,
  jsonResponse,
  pageEnvelope,
  requestOrigin,
} from '@/lib/open-data-http';
import {
  itemFiltersQuery,
  itemFiltersSchema,
  parseItemFilters,
} from '@/lib/validation/item-filters';
import type { ParameterError } from '@/lib/validation/open-data';
import { itemUrl, statusHistoryJson, statusJson } from './item-json';

export const dynamic = 'force-dynamic';

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

// GET /api/v1/items: the items list with the filters of /items (same schema,
// same query string), paginated. 400 naming each bad parameter.
export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
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
  if (errors.length > 0 || !parsed.ok) return badRequestResponse(errors);

  const { filters } = parsed;
  const result = await searchItems(filters);
  // Links point back at the host the client used, with the filters written
  // one way (lib/validation/item-filters.ts), so one set of filters has one URL.
  const origin = requestOrigin(request);
  const self = new URL(`/api/v1/items${itemFiltersQuery(filters)}`, origin);
  const data: ItemJson[] = result.items.map((item) => ({
    id: item.id,
    url: itemUrl(origin, item.id),
    title: item.title,
    summary: item.summary,
    area: item.area,
    status: statusJson(item.status),
    statusHistory: statusHistoryJson(item.statusHistory),
    statements: item.statementIds,
    ...(filters.q && { snippet: item.snippet }),
  }));
  return jsonResponse(pageEnvelope(data, result, self));
}
