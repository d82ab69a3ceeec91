// Every JSON body of /api/v1 the end-to-end tests read is checked against the
// open-data contract (lib/open-data-contract.ts), the same zod schemas the
// OpenAPI document publishes: a field added, renamed or retyped in a route
// without the contract fails here.
import type { APIResponse } from '@playwright/test';
import { z } from 'zod';
import {
  areaSchema,
  errorsSchema,
  itemDetailSchema,
  itemSchema,
  pageOf,
  recordOf,
  sourceDetailSchema,
  sourceSchema,
  statementSchema,
  statusChangeSchema,
} from '@/lib/open-data-contract';

const LISTS: Record<string, z.ZodType> = {
  areas: pageOf(areaSchema),
  items: pageOf(itemSchema),
  statements: pageOf(statementSchema),
  sources: pageOf(sourceSchema),
  'status-changes': pageOf(statusChangeSchema),
};

const RECORDS: Record<string, z.ZodType> = {
  items: recordOf(itemDetailSchema),
  statements: recordOf(statementSchema),
  sources: recordOf(sourceDetailSchema),
};

/** The contract's schema for a JSON answer of `url` with `status` (null: the OpenAPI document). */
export function contractSchemaFor(url: string, status: number): z.ZodType | null {
  const { pathname } = new URL(url, 'http://localhost');
  if (pathname === '/api/v1/openapi.json') return null;
  if (status !== 200) return errorsSchema;
  const [, api, version, collection = '', id] = pathname.split('/');
  const schema = api === 'api' && version === 'v1' ? (id ? RECORDS : LISTS)[collection] : undefined;
  if (!schema) throw new Error(`No contract schema for ${pathname}`);
  return schema;
}

/** Fails with zod's account of every difference when `body` breaks the contract. */
export function expectContract(url: string, status: number, body: unknown): void {
  const schema = contractSchemaFor(url, status);
  const result = schema?.safeParse(body);
  if (result && !result.success) {
    throw new Error(
      `${url} (${status}) breaks the open-data contract:\n${z.prettifyError(result.error)}`,
    );
  }
}

/** The JSON body of an /api/v1 response, checked against the contract. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers read fields the schema has checked
export async function contractJson(response: APIResponse): Promise<any> {
  const body: unknown = await response.json();
  expectContract(response.url(), response.status(), body);
  return body;
}
