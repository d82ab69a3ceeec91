import type { Metadata } from 'next';
import Link from 'next/link';
import { getApiExampleIds } from '@/lib/data/public/open-data';
import { env } from '@/lib/env';
import { openApiDocument, type JsonSchema, type ParameterObject } from '@/lib/openapi';
import { STATUS_CODES } from '@/lib/status';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@/lib/validation/open-data';
import { pageLocale } from '@/lib/i18n/page-locale';

// Rendered once and shared (ISR): refreshed at once after an analyst's save
// (updateTag), and within a second of any other write. docs/decisions/0013.
export const revalidate = 1;

export const metadata: Metadata = {
  title: 'Open data',
  description:
    'JSON API, CSV downloads and an Atom feed of the tracker: every endpoint, with examples.',
};

const sectionClass = 'space-y-3';
const headingClass = 'text-xl font-semibold';
const textClass = 'max-w-3xl text-slate-700 dark:text-slate-300';
const codeBlockClass =
  'max-w-full whitespace-pre-wrap break-all rounded-lg bg-slate-100 p-3 font-mono text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100';

function describeSchema(schema: JsonSchema): string {
  const parts: string[] = [];
  const values = Array.isArray(schema.enum) ? schema.enum : undefined;
  if (schema.type === 'array' && typeof schema.items === 'object' && schema.items !== null) {
    return `repeatable; ${describeSchema(schema.items as JsonSchema)}`;
  }
  if (values) parts.push(`one of ${values.join(', ')}`);
  else if (schema.format === 'date') parts.push('date, YYYY-MM-DD');
  else if (typeof schema.type === 'string') parts.push(schema.type);
  if (typeof schema.maximum === 'number') parts.push(`at most ${schema.maximum}`);
  if (typeof schema.maxLength === 'number') parts.push(`at most ${schema.maxLength} characters`);
  if (schema.default !== undefined) parts.push(`default ${String(schema.default)}`);
  return parts.join('; ');
}

function ParameterTable({ parameters, label }: { parameters: ParameterObject[]; label: string }) {
  return (
    <table className="w-full max-w-3xl border-collapse text-left text-sm">
      <caption className="sr-only">Parameters of {label}</caption>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-700">
          <th scope="col" className="py-1 pr-4 font-medium">
            Parameter
          </th>
          <th scope="col" className="py-1 pr-4 font-medium">
            Value
          </th>
          <th scope="col" className="py-1 font-medium">
            Meaning
          </th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((parameter) => (
          <tr
            key={parameter.name}
            className="border-b border-slate-200 align-top dark:border-slate-800"
          >
            <th scope="row" className="py-1 pr-4 font-mono font-normal">
              {parameter.name}
              {parameter.in === 'path' && (
                <span className="font-sans text-xs text-slate-600 dark:text-slate-400">
                  {' '}
                  (in the path)
                </span>
              )}
            </th>
            <td className="py-1 pr-4 text-slate-700 dark:text-slate-300">
              {describeSchema(parameter.schema)}
            </td>
            <td className="py-1 text-slate-700 dark:text-slate-300">{parameter.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Code({ children }: { children: string }) {
  return <code className="font-mono text-sm">{children}</code>;
}

export default async function ApiDocsPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const origin = new URL(env().SITE_URL).origin;
  const document = openApiDocument(origin);
  // Real ids, so every example can be pasted into a terminal as it is.
  const ids = await getApiExampleIds();
  const itemId = ids.itemId ?? 'ITEM_ID';
  const statementId = ids.statementId ?? 'STATEMENT_ID';
  const sourceId = ids.sourceId ?? 'SOURCE_ID';
  const areaId = ids.areaId ?? 'AREA_ID';

  const examples: Record<string, string> = {
    '/api/v1/areas': `curl -s '${origin}/api/v1/areas'`,
    '/api/v1/items': `curl -s '${origin}/api/v1/items?area=${areaId}&status=IN_PROGRESS&status=STALLED&pageSize=5'`,
    '/api/v1/items/{id}': `curl -s '${origin}/api/v1/items/${itemId}'`,
    '/api/v1/statements': `curl -s '${origin}/api/v1/statements?item=${itemId}&kind=COMMITMENT&from=2023-01-01&to=2023-12-31'`,
    '/api/v1/statements/{id}': `curl -s '${origin}/api/v1/statements/${statementId}'`,
    '/api/v1/sources': `curl -s '${origin}/api/v1/sources?page=1&pageSize=10'`,
    '/api/v1/sources/{id}': `curl -s '${origin}/api/v1/sources/${sourceId}'`,
    '/api/v1/status-changes': `curl -s '${origin}/api/v1/status-changes?pageSize=5'`,
    '/api/v1/items.csv': `curl -OJ '${origin}/api/v1/items.csv'`,
    '/api/v1/status-changes.csv': `curl -OJ '${origin}/api/v1/status-changes.csv'`,
    '/feed.xml': `curl -s '${origin}/feed.xml'`,
    '/api/v1/openapi.json': `curl -s '${origin}/api/v1/openapi.json'`,
  };

  const envelope = `{
  "data": [ … ],
  "meta": { "page": 2, "pageSize": ${DEFAULT_PAGE_SIZE}, "total": 92, "pageCount": 5 },
  "links": {
    "self": "${origin}/api/v1/statements?page=2",
    "next": "${origin}/api/v1/statements?page=3",
    "prev": "${origin}/api/v1/statements?page=1"
  }
}`;
  const errorExample = `HTTP/1.1 400 Bad Request
{
  "errors": [
    { "code": "invalid_parameter", "parameter": "pageSize", "message": "pageSize must be at most ${MAX_PAGE_SIZE}." }
  ]
}`;
  const statementExample = `"selectors": [
  { "type": "TextQuoteSelector", "exact": "…the quote…", "prefix": "…text before…", "suffix": "…text after…" },
  { "type": "TextPositionSelector", "start": 1671, "end": 1774 }
]`;

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">Open data</h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          Everything public in the tracker is available as JSON, as CSV and as an Atom feed: free,
          without a key, and readable from any website (<Code>Access-Control-Allow-Origin: *</Code>
          ). The machine-readable description is an{' '}
          <a href="/api/v1/openapi.json" className="underline">
            OpenAPI 3.1 document
          </a>
          .
        </p>
        <p className={textClass}>
          Internal analyst notes are never published, here or anywhere else on the site. What the
          statuses mean and how quotes are anchored is explained in the{' '}
          <Link href="/methodology" className="underline">
            methodology
          </Link>
          .
        </p>
      </header>

      <section aria-labelledby="conventions-heading" className={sectionClass}>
        <h2 id="conventions-heading" className={headingClass}>
          Conventions
        </h2>
        <ul className={`${textClass} list-disc space-y-2 pl-6`}>
          <li>
            Lists share one envelope: the records in <Code>data</Code>, the counts in{' '}
            <Code>meta</Code>, absolute links to this, the next and the previous page in{' '}
            <Code>links</Code> (<Code>null</Code> when there is none). Ask for a page with{' '}
            <Code>page</Code> (from 1) and <Code>pageSize</Code> (default {DEFAULT_PAGE_SIZE}, at
            most {MAX_PAGE_SIZE}). A page past the end is empty, not an error.
          </li>
          <li>
            A single record comes as <Code>{'{ "data": { … }, "links": { "self": … } }'}</Code>.
          </li>
          <li>
            Errors are JSON too: 400 for a bad parameter, 404 for an unknown id, always as{' '}
            <Code>{'{ "errors": [{ "code", "parameter", "message" }] }'}</Code>, one entry per
            problem. Unknown and repeated parameters are refused (only <Code>status</Code> on{' '}
            <Code>/api/v1/items</Code> may be repeated), so a misspelt filter is never silently
            ignored.
          </li>
          <li>
            Ids are stable: they never change and are never reused. Days are ISO dates (
            <Code>2023-06-20</Code>), moments ISO timestamps in UTC (
            <Code>2023-06-21T08:00:00.000Z</Code>).
          </li>
          <li>
            Statuses come as <Code>{'{ "code": "STALLED", "label": "Stalled" }'}</Code>: build on
            the code, show the label. The codes: {STATUS_CODES.join(', ')}.
          </li>
          <li>
            Every response carries <Code>Cache-Control: no-store</Code>: each request sees the
            latest published data.
          </li>
        </ul>
        <pre className={codeBlockClass}>{envelope}</pre>
        <pre className={codeBlockClass}>{errorExample}</pre>
        <p className={textClass}>
          Statements carry the two selectors of the W3C Web Annotation Data Model. Positions count
          Unicode code points in the source text version named by <Code>sourceVersion</Code>; the
          text itself, with its SHA-256, is at <Code>{'/api/v1/sources/{id}'}</Code>.
        </p>
        <pre className={codeBlockClass}>{statementExample}</pre>
      </section>

      <section aria-labelledby="endpoints-heading" className="space-y-8">
        <h2 id="endpoints-heading" className={headingClass}>
          Endpoints
        </h2>
        {Object.entries(document.paths).map(([path, { get: operation }]) => {
          const label = `GET ${path}`;
          return (
            <div
              key={path}
              id={operation.operationId}
              className="scroll-mt-24 space-y-3 border-l-2 border-slate-200 pl-4 dark:border-slate-700"
            >
              <h3 className="text-lg font-semibold">
                <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs font-semibold text-slate-800 dark:bg-slate-800 dark:text-slate-100">
                  GET
                </span>{' '}
                <span className="break-all font-mono text-base">{path}</span>
              </h3>
              <p className="font-medium">{operation.summary}</p>
              <p className={textClass}>{operation.description}</p>
              {operation.parameters.length > 0 && (
                <ParameterTable parameters={operation.parameters} label={label} />
              )}
              {examples[path] && <pre className={codeBlockClass}>{examples[path]}</pre>}
            </div>
          );
        })}
      </section>

      <section aria-labelledby="csv-heading" className={sectionClass}>
        <h2 id="csv-heading" className={headingClass}>
          CSV files
        </h2>
        <ul className={`${textClass} list-disc space-y-2 pl-6`}>
          <li>
            <a href="/api/v1/items.csv" className="underline">
              items.csv
            </a>
            : one row per item.{' '}
            <a href="/api/v1/status-changes.csv" className="underline">
              status-changes.csv
            </a>
            : one row per status change, corrections included. The columns are listed under each
            endpoint above.
          </li>
          <li>
            RFC 4180: a header row, comma-separated fields, every line ended by CRLF. A field
            holding a comma, a double quote or a line break is enclosed in double quotes, and a
            double quote inside it is doubled.
          </li>
          <li>
            UTF-8 <strong>with</strong> a byte order mark (BOM), so that Excel shows non-Latin text
            correctly. Most libraries skip it; in Python read with{' '}
            <Code>encoding=&quot;utf-8-sig&quot;</Code>.
          </li>
          <li>
            Protection against formula injection: a text cell that starts with <Code>=</Code>,{' '}
            <Code>+</Code>, <Code>-</Code>, <Code>@</Code>, a tab or a carriage return gets a single
            quote (<Code>&apos;</Code>) in front, so that no spreadsheet runs it as a formula. Strip
            one leading <Code>&apos;</Code> from such cells if you need the exact text, or take it
            from the JSON, which is never altered. Numbers are written as they are.
          </li>
          <li>
            Lists inside a cell: <Code>evidence_statement_ids</Code> are separated by a space,{' '}
            <Code>evidence_quotes</Code> by <Code>&quot; | &quot;</Code>, in the same order.
            Booleans are <Code>true</Code>/<Code>false</Code>; an empty cell means no value.
          </li>
        </ul>
      </section>

      <section aria-labelledby="feed-heading" className={sectionClass}>
        <h2 id="feed-heading" className={headingClass}>
          Atom feed
        </h2>
        <p className={textClass}>
          <a href="/feed.xml" className="underline">
            /feed.xml
          </a>{' '}
          carries the latest 50 status changes and corrections, newest first. Each entry is titled
          &ldquo;Item: Old status → New status&rdquo; (corrections start with
          &ldquo;Correction:&rdquo;), links to the change on its item page, and gives the
          analyst&rsquo;s note and the quoted evidence. Entry ids are <Code>tag:</Code> URIs that
          never change, so a reader shows each change once.
        </p>
      </section>
    </article>
  );
}
