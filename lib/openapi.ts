// The OpenAPI 3.1 description of the open data: JSON endpoints, CSV files and
// the Atom feed. The response schemas are generated from the zod contract
// (lib/open-data-contract.ts) that the routes and the tests use; the paths are
// written here, next to the code they describe. The
// "Open data" page (app/(public)/api-docs) renders its endpoint list from this
// object, so the page and the spec cannot drift apart. e2e/open-data.spec.ts
// checks that every path listed here answers.
import { OutletType, StatementKind } from '@/lib/generated/prisma/enums';
import { STATUS_CODES } from '@/lib/status';
import { contractJsonSchemas } from '@/lib/open-data-contract';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@/lib/validation/open-data';

export type JsonSchema = { [keyword: string]: unknown };

export interface ParameterObject {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: string;
  schema: JsonSchema;
  style?: 'form';
  explode?: boolean;
}

export interface OperationObject {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: ParameterObject[];
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema: JsonSchema }> }
  >;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: OperationObject }>;
  components: { schemas: Record<string, JsonSchema> };
}

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const string = (description?: string): JsonSchema => ({
  type: 'string',
  ...(description && { description }),
});
const isoDay: JsonSchema = {
  type: 'string',
  format: 'date',
  description: 'ISO 8601 date, YYYY-MM-DD.',
};
const object = (properties: Record<string, JsonSchema>, description?: string): JsonSchema => ({
  type: 'object',
  ...(description && { description }),
  required: Object.keys(properties),
  properties,
});

const pageOf = (item: string): JsonSchema =>
  object({
    data: { type: 'array', items: ref(item) },
    meta: ref('PageMeta'),
    links: ref('PageLinks'),
  });
const recordOf = (item: string): JsonSchema =>
  object({ data: ref(item), links: object({ self: string() }) });

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

// The filters of /items, taken by the list and by the CSV download alike.
const itemFilterParameters: ParameterObject[] = [
  {
    name: 'q',
    in: 'query',
    description:
      'Full-text search (English or Russian; names and places in any listed spelling or script) in items (both languages), their statements and the source texts quoted. Ranked: the item’s own text first, then its statements, then source texts.',
    schema: { type: 'string', maxLength: 200 },
  },
  { name: 'area', in: 'query', description: 'An area id.', schema: { type: 'string' } },
  {
    name: 'status',
    in: 'query',
    description:
      'Current status code; repeat the parameter for several (the only parameter that may be repeated).',
    schema: { type: 'array', items: { type: 'string', enum: [...STATUS_CODES] } },
    style: 'form',
    explode: true,
  },
  {
    name: 'outlet',
    in: 'query',
    description: 'Outlet type of a statement’s source.',
    schema: { type: 'string', enum: Object.values(OutletType) },
  },
  {
    name: 'from',
    in: 'query',
    description: 'Statement date on or after this day.',
    schema: isoDay,
  },
  {
    name: 'to',
    in: 'query',
    description: 'Statement date on or before this day.',
    schema: isoDay,
  },
];

const pageParameters: ParameterObject[] = [
  {
    name: 'page',
    in: 'query',
    description: 'Page number, from 1.',
    schema: { type: 'integer', minimum: 1, default: 1 },
  },
  {
    name: 'pageSize',
    in: 'query',
    description: `Records per page, at most ${MAX_PAGE_SIZE}.`,
    schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
  },
];

const idParameter = (what: string): ParameterObject => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what}'s stable id.`,
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,128}$' },
});

const listResponses = (item: string, description: string) => ({
  '200': { description, content: json(pageOf(item)) },
  '400': {
    description: 'A parameter is invalid, unknown or repeated.',
    content: json(ref('Errors')),
  },
});

const recordResponses = (item: string, description: string) => ({
  '200': { description, content: json(recordOf(item)) },
  '404': { description: 'No public record has this id.', content: json(ref('Errors')) },
});

const tags = [
  { name: 'Tracker', description: 'Areas, items and their status history.' },
  { name: 'Evidence', description: 'Sources and the verbatim statements quoted from them.' },
  { name: 'Downloads', description: 'CSV files and the Atom feed.' },
];

function paths(): OpenApiDocument['paths'] {
  return {
    '/api/v1/areas': {
      get: {
        operationId: 'listAreas',
        summary: 'Priority areas',
        description:
          'The fundamental goals and the four priority areas, each with its item count per current status.',
        tags: ['Tracker'],
        parameters: pageParameters,
        responses: listResponses('Area', 'Areas in dashboard order.'),
      },
    },
    '/api/v1/items': {
      get: {
        operationId: 'listItems',
        summary: 'Items (commitments)',
        description:
          'Items with their current status, searched and filtered like the /items page. outlet, from and to keep items that have one statement matching all three.',
        tags: ['Tracker'],
        parameters: [...itemFilterParameters, ...pageParameters],
        responses: listResponses('Item', 'Matching items.'),
      },
    },
    '/api/v1/items/{id}': {
      get: {
        operationId: 'getItem',
        summary: 'One item',
        description:
          'An item with its milestones, status history (corrections included) and statements with their selectors.',
        tags: ['Tracker'],
        parameters: [idParameter('item')],
        responses: {
          '200': {
            description: 'The item.',
            content: json(
              object({
                data: ref('ItemDetail'),
                links: object({ self: string(), html: string() }),
              }),
            ),
          },
          '404': { description: 'No published item has this id.', content: json(ref('Errors')) },
        },
      },
    },
    '/api/v1/statements': {
      get: {
        operationId: 'listStatements',
        summary: 'Statements',
        description:
          'Verbatim statements with their W3C selectors, grouped by source and in text order. Filters combine (AND).',
        tags: ['Evidence'],
        parameters: [
          {
            name: 'item',
            in: 'query',
            description: 'Only statements that are evidence for this item id.',
            schema: { type: 'string' },
          },
          {
            name: 'source',
            in: 'query',
            description: 'Only statements quoted from this source id.',
            schema: { type: 'string' },
          },
          {
            name: 'kind',
            in: 'query',
            description: 'Statement kind.',
            schema: { type: 'string', enum: Object.values(StatementKind) },
          },
          {
            name: 'from',
            in: 'query',
            description: 'Statement date (statedOn, else publication day) on or after this day.',
            schema: isoDay,
          },
          {
            name: 'to',
            in: 'query',
            description: 'Statement date on or before this day.',
            schema: isoDay,
          },
          ...pageParameters,
        ],
        responses: listResponses('Statement', 'Matching statements.'),
      },
    },
    '/api/v1/statements/{id}': {
      get: {
        operationId: 'getStatement',
        summary: 'One statement',
        description: 'A statement with its selectors, source and items.',
        tags: ['Evidence'],
        parameters: [idParameter('statement')],
        responses: recordResponses('Statement', 'The statement.'),
      },
    },
    '/api/v1/sources': {
      get: {
        operationId: 'listSources',
        summary: 'Sources',
        description:
          'Source metadata with the SHA-256 of the current text and the number of statements, newest publication first.',
        tags: ['Evidence'],
        parameters: pageParameters,
        responses: listResponses('Source', 'Sources.'),
      },
    },
    '/api/v1/sources/{id}': {
      get: {
        operationId: 'getSource',
        summary: 'One source, with its full text',
        description:
          'Metadata, the full current text with its SHA-256, and the spans of the statements anchored in it.',
        tags: ['Evidence'],
        parameters: [idParameter('source')],
        responses: recordResponses('SourceDetail', 'The source.'),
      },
    },
    '/api/v1/status-changes': {
      get: {
        operationId: 'listStatusChanges',
        summary: 'Status changes',
        description:
          'Every status change and correction, newest recorded first, with the statements cited as evidence.',
        tags: ['Tracker'],
        parameters: [
          {
            name: 'item',
            in: 'query',
            description: 'Only the changes of this item id.',
            schema: { type: 'string' },
          },
          ...pageParameters,
        ],
        responses: listResponses('StatusChange', 'Status changes.'),
      },
    },
    '/api/v1/items.csv': {
      get: {
        operationId: 'downloadItemsCsv',
        summary: 'Items as CSV',
        description:
          'One row per item: id, url, area, title, status_code, status_label, last_status_change (effective day of the status in force), statement_count, summary, title_ru, summary_ru (the tracker’s Russian translation, empty when none). Every item; with the filters of /api/v1/items, exactly the items they keep (every page, in list order), in a file named after the filters.',
        tags: ['Downloads'],
        parameters: itemFilterParameters,
        responses: {
          '200': {
            description: 'RFC 4180 CSV, UTF-8 with a byte order mark.',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
        },
      },
    },
    '/api/v1/status-changes.csv': {
      get: {
        operationId: 'downloadStatusChangesCsv',
        summary: 'Status changes as CSV',
        description:
          'One row per status change, newest recorded first: id, item_id, item_title, effective_on, from_status, to_status, is_correction, corrects_id, note, evidence_statement_ids (space-separated), evidence_quotes (" | "-separated), recorded_at.',
        tags: ['Downloads'],
        parameters: [],
        responses: {
          '200': {
            description: 'RFC 4180 CSV, UTF-8 with a byte order mark.',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
        },
      },
    },
    '/feed.xml': {
      get: {
        operationId: 'statusChangesFeed',
        summary: 'Atom feed of status changes',
        description: 'The latest 50 status changes and corrections, newest first, as Atom 1.0.',
        tags: ['Downloads'],
        parameters: [],
        responses: {
          '200': {
            description: 'Atom 1.0 feed.',
            content: { 'application/atom+xml': { schema: { type: 'string' } } },
          },
        },
      },
    },
    '/api/v1/openapi.json': {
      get: {
        operationId: 'openApiDocument',
        summary: 'This description',
        description: 'The OpenAPI 3.1 document of the open data.',
        tags: ['Downloads'],
        parameters: [],
        responses: {
          '200': { description: 'OpenAPI 3.1 document.', content: json({ type: 'object' }) },
        },
      },
    },
  };
}

/** The document, with `serverUrl` (the origin clients reach) as its server. */
export function openApiDocument(serverUrl: string): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'CSTO presidency tracker: open data',
      version: '1.0.0',
      description:
        "Public, read-only data of the tracker of Belarus' 2023 CSTO presidency. No key needed; CORS open to every origin. Lists share one envelope ({ data, meta, links }). Errors answer 400 or 404 with one JSON shape ({ errors: [{ code, parameter, message }] }); unknown and repeated parameters are a 400. Internal analyst notes are never published.",
    },
    servers: [{ url: serverUrl }],
    tags,
    paths: paths(),
    components: { schemas: contractJsonSchemas() },
  };
}
