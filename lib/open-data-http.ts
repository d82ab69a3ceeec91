// The transport of the open data API (app/api/v1, CSV, feed): one envelope,
// one error shape, CORS for everyone. Routes parse, call lib/data, and answer
// through these helpers, so every endpoint looks the same to a client.
import { env } from '@/lib/env';
import type { ParameterError } from '@/lib/validation/open-data';

/** Public data: any site may read it from a browser; always fresh (no shared caches). */
export const OPEN_DATA_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'no-store',
} as const;

export interface PageMeta {
  page: number;
  pageSize: number;
  total: number;
  /** Pages holding at least one record: 0 when there are none. */
  pageCount: number;
}

export interface PageLinks {
  self: string;
  next: string | null;
  prev: string | null;
}

export interface ListEnvelope<T> {
  data: T[];
  meta: PageMeta;
  links: PageLinks;
}

export interface ApiError {
  code: 'invalid_parameter' | 'not_found';
  parameter?: string | null;
  message: string;
}

/**
 * The origin the client used (absolute links must work where the request came
 * from: a test server, a preview), SITE_URL when the request has none.
 */
export function requestOrigin(request: Request): string {
  try {
    return new URL(request.url).origin;
  } catch {
    return new URL(env().SITE_URL).origin;
  }
}

/** The request's own address, absolute, on the origin above. */
export function selfUrl(request: Request): URL {
  const origin = requestOrigin(request);
  try {
    const url = new URL(request.url);
    return new URL(`${url.pathname}${url.search}`, origin);
  } catch {
    return new URL(origin);
  }
}

export function paginate<T>(
  records: readonly T[],
  query: { page: number; pageSize: number },
  self: URL,
): ListEnvelope<T> {
  const { page, pageSize } = query;
  return pageEnvelope(
    records.slice((page - 1) * pageSize, page * pageSize),
    { page, pageSize, total: records.length },
    self,
  );
}

/**
 * The envelope of one page read elsewhere (the items search pages in its own
 * query): `data` is that page, `total` counts the records on all pages.
 */
export function pageEnvelope<T>(
  data: T[],
  meta: { page: number; pageSize: number; total: number },
  self: URL,
): ListEnvelope<T> {
  const { page, pageSize, total } = meta;
  const pageCount = Math.ceil(total / pageSize);
  const linkTo = (target: number) => {
    const url = new URL(self);
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  return {
    data,
    meta: { page, pageSize, total, pageCount },
    links: {
      self: self.toString(),
      next: page < pageCount ? linkTo(page + 1) : null,
      // Past the end, "previous" is the last page that has records.
      prev: page > 1 && pageCount > 0 ? linkTo(Math.min(page - 1, pageCount)) : null,
    },
  };
}

export function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return Response.json(body, {
    status: init.status ?? 200,
    headers: { ...OPEN_DATA_HEADERS, ...init.headers },
  });
}

/** A single record: `{ data, links: { self } }`. */
export function recordResponse(data: unknown, request: Request): Response {
  return jsonResponse({ data, links: { self: selfUrl(request).toString() } });
}

export function badRequestResponse(errors: ParameterError[]): Response {
  return jsonResponse({ errors: errors satisfies ApiError[] }, { status: 400 });
}

export function notFoundResponse(message: string): Response {
  return jsonResponse(
    { errors: [{ code: 'not_found', message }] satisfies ApiError[] },
    { status: 404 },
  );
}

/** A file download: CSV, with its name for the browser's save dialog. */
export function downloadResponse(body: string, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      ...OPEN_DATA_HEADERS,
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  });
}
