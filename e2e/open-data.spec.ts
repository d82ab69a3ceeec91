// The open data as a client sees it: JSON envelopes, pagination, filters and
// errors; both CSVs through a strict RFC 4180 parser; the Atom feed through
// the browser's XML parser; the OpenAPI document; the two documentation pages.
// Other journeys import sources, quote them and record status changes while
// these run: counts come from the database at the time of the test, and every
// comparison across two or more requests (a paginated walk is several) is
// repeated (toPass) until no write fell between them; never a frozen database.
import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { parseCsvRecords } from './csv-parse';
import { expectNoAxeViolations } from './fixtures';
import type { z } from 'zod';
import type {
  AreaJson,
  pageLinksSchema,
  pageMetaSchema,
  SourceDetailJson,
  SourceJson,
  StatementJson,
  StatusChangeJson,
} from '@/lib/open-data-contract';
import { contractJson } from './support/contract';
import { countPublicAreas } from './support/public-data';

const CONSISTENT = { timeout: 20_000 };

const STATUS_CODES = [
  'NOT_YET_RATED',
  'IN_PROGRESS',
  'STALLED',
  'PARTLY_KEPT',
  'KEPT',
  'BROKEN',
  'CANNOT_BE_CHECKED',
];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

// The shapes of the answers: the contract's own types (every body is also
// checked against its schema, e2e/support/contract.ts).
interface Envelope<T> {
  data: T[];
  meta: z.infer<typeof pageMetaSchema>;
  links: z.infer<typeof pageLinksSchema>;
}
type Statement = StatementJson;
type Source = SourceJson;
type SourceDetail = SourceDetailJson;
type Area = AreaJson;
type StatusChange = StatusChangeJson;

function expectOpenData(response: APIResponse, status = 200) {
  expect(response.status(), response.url()).toBe(status);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
}

async function getJson<T>(request: APIRequestContext, path: string, status = 200): Promise<T> {
  const response = await request.get(path);
  expectOpenData(response, status);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  return (await contractJson(response)) as T;
}

function expectEnvelope(body: Envelope<unknown>, page: number, pageSize: number) {
  expect(Object.keys(body).sort()).toEqual(['data', 'links', 'meta']);
  expect(body.meta.page).toBe(page);
  expect(body.meta.pageSize).toBe(pageSize);
  expect(body.meta.pageCount).toBe(Math.ceil(body.meta.total / pageSize));
  expect(body.data.length).toBe(
    Math.max(0, Math.min(pageSize, body.meta.total - (page - 1) * pageSize)),
  );
  expect(new URL(body.links.self).searchParams.get('page') ?? '1').toBe(String(page));
}

/** Every record of a list, following `links.next` and checking each page. */
async function fetchAll<T>(
  request: APIRequestContext,
  path: string,
  pageSize: number,
): Promise<{ records: T[]; total: number }> {
  const records: T[] = [];
  let url: string | null = `${path}${path.includes('?') ? '&' : '?'}pageSize=${pageSize}`;
  let page = 1;
  let total = -1;
  while (url) {
    const body: Envelope<T> = await getJson<Envelope<T>>(request, url);
    expectEnvelope(body, page, pageSize);
    total = body.meta.total;
    expect(body.links.prev === null).toBe(page === 1);
    records.push(...body.data);
    url = body.links.next;
    page += 1;
  }
  expect(records).toHaveLength(total);
  return { records, total };
}

async function expectErrors(
  request: APIRequestContext,
  path: string,
  status: 400 | 404,
  parameter?: string,
) {
  const body = await getJson<{
    errors: { code: string; parameter?: string | null; message: string }[];
  }>(request, path, status);
  expect(Object.keys(body)).toEqual(['errors']);
  expect(body.errors.length).toBeGreaterThan(0);
  for (const error of body.errors) {
    expect(error.code).toBe(status === 400 ? 'invalid_parameter' : 'not_found');
    expect(error.message.length).toBeGreaterThan(0);
  }
  if (parameter) expect(body.errors.map((error) => error.parameter)).toContain(parameter);
}

test.describe('open data: JSON', () => {
  test('areas carry item counts per status that add up', async ({ request }) => {
    await expect(async () => {
      const published = await countPublicAreas();
      expect(published).toBeGreaterThan(1);
      const { records: areas } = await fetchAll<Area>(request, '/api/v1/areas', 20);
      expect(areas.length).toBe(published);
      for (const area of areas) {
        expect(area.statusCounts.map((entry) => entry.code)).toEqual(STATUS_CODES);
        expect(area.statusCounts.reduce((sum, entry) => sum + entry.count, 0)).toBe(area.itemCount);
      }
    }).toPass(CONSISTENT);
    await expectErrors(request, '/api/v1/areas?pageSize=0', 400, 'pageSize');
  });

  test('statements paginate, and every selector pair matches its source text exactly', async ({
    request,
  }) => {
    await expect(async () => {
      const { records: statements, total } = await fetchAll<Statement>(
        request,
        '/api/v1/statements',
        25,
      );
      expect(total).toBeGreaterThan(25);
      expect(new Set(statements.map((statement) => statement.id)).size).toBe(total);

      const texts = new Map<string, SourceDetail>();
      for (const statement of statements) {
        const [quote, position] = statement.selectors;
        expect(quote.type).toBe('TextQuoteSelector');
        expect(position.type).toBe('TextPositionSelector');
        expect(statement.date).toMatch(ISO_DAY);
        if (statement.anchorState !== 'ANCHORED') continue;
        let source = texts.get(statement.sourceId);
        if (!source) {
          source = (
            await getJson<{ data: SourceDetail }>(request, `/api/v1/sources/${statement.sourceId}`)
          ).data;
          texts.set(statement.sourceId, source);
        }
        if (source.text.version !== statement.sourceVersion) continue;
        // Positions are Unicode code points, not UTF-16 units.
        const codePoints = Array.from(source.text.content);
        expect(codePoints.slice(position.start, position.end).join(''), statement.id).toBe(
          quote.exact,
        );
        expect(
          codePoints.slice(0, position.start).join('').endsWith(quote.prefix),
          statement.id,
        ).toBe(true);
        expect(codePoints.slice(position.end).join('').startsWith(quote.suffix), statement.id).toBe(
          true,
        );
      }
    }).toPass(CONSISTENT);
  });

  test('statement filters narrow the list and combine', async ({ request }) => {
    await expect(async () => {
      const all = await fetchAll<Statement>(request, '/api/v1/statements', 100);
      const sample = all.records.find((statement) => statement.itemIds.length > 0)!;
      const itemId = sample.itemIds[0]!;

      const byItem = await fetchAll<Statement>(request, `/api/v1/statements?item=${itemId}`, 100);
      expect(byItem.total).toBeGreaterThan(0);
      expect(byItem.records.every((statement) => statement.itemIds.includes(itemId))).toBe(true);
      expect(byItem.total).toBe(
        all.records.filter((statement) => statement.itemIds.includes(itemId)).length,
      );

      const bySource = await fetchAll<Statement>(
        request,
        `/api/v1/statements?source=${sample.sourceId}`,
        100,
      );
      expect(bySource.records.every((statement) => statement.sourceId === sample.sourceId)).toBe(
        true,
      );
      const source = (
        await getJson<{ data: SourceDetail }>(request, `/api/v1/sources/${sample.sourceId}`)
      ).data;
      expect(bySource.total).toBe(source.statementCount);

      const byKind = await fetchAll<Statement>(request, '/api/v1/statements?kind=COMMITMENT', 100);
      expect(byKind.total).toBeGreaterThan(0);
      expect(byKind.records.every((statement) => statement.kind === 'COMMITMENT')).toBe(true);

      const inRange = await fetchAll<Statement>(
        request,
        '/api/v1/statements?from=2023-01-01&to=2023-06-30&kind=COMMITMENT',
        100,
      );
      expect(
        inRange.records.every(
          (statement) => statement.date >= '2023-01-01' && statement.date <= '2023-06-30',
        ),
      ).toBe(true);
      expect(inRange.total).toBe(
        byKind.records.filter(
          (statement) => statement.date >= '2023-01-01' && statement.date <= '2023-06-30',
        ).length,
      );

      const none = await getJson<Envelope<Statement>>(
        request,
        '/api/v1/statements?item=no-such-item',
      );
      expect(none.meta).toEqual({ page: 1, pageSize: 20, total: 0, pageCount: 0 });
      expect(none.links).toMatchObject({ next: null, prev: null });

      const pastTheEnd = await getJson<Envelope<Statement>>(request, '/api/v1/statements?page=999');
      expect(pastTheEnd.data).toEqual([]);
      expect(pastTheEnd.links.next).toBeNull();
    }).toPass(CONSISTENT);
  });

  test('bad statement parameters answer 400 naming the parameter', async ({ request }) => {
    await expectErrors(request, '/api/v1/statements?page=0', 400, 'page');
    await expectErrors(request, '/api/v1/statements?page=two', 400, 'page');
    await expectErrors(request, '/api/v1/statements?pageSize=101', 400, 'pageSize');
    await expectErrors(request, '/api/v1/statements?kind=PROMISE', 400, 'kind');
    await expectErrors(request, '/api/v1/statements?from=2023-02-30', 400, 'from');
    await expectErrors(request, '/api/v1/statements?to=20230601', 400, 'to');
    await expectErrors(request, '/api/v1/statements?from=2023-07-01&to=2023-06-01', 400, 'from');
    await expectErrors(request, '/api/v1/statements?item=a%20b', 400, 'item');
    await expectErrors(request, '/api/v1/statements?sorce=src-1', 400, 'sorce');
    await expectErrors(request, '/api/v1/statements?kind=COMMITMENT&kind=OTHER', 400, 'kind');
  });

  test('items answer errors in the same shape as every other endpoint', async ({ request }) => {
    await expectErrors(request, '/api/v1/items?pageSize=101', 400, 'pageSize');
    await expectErrors(request, '/api/v1/items?status=DONE', 400, 'status');
    await expectErrors(request, '/api/v1/items?from=2023-07-01&to=2023-06-01', 400, 'to');
    await expectErrors(request, '/api/v1/items?sorce=src-1', 400, 'sorce');
    await expectErrors(request, '/api/v1/items?area=a&area=b', 400, 'area');
    await expectErrors(request, '/api/v1/items/no-such-item', 404);
    const { meta } = await getJson<Envelope<{ id: string }>>(
      request,
      '/api/v1/items?status=KEPT&status=BROKEN',
    );
    expect(meta.page).toBe(1);
  });

  test('a statement has its own address; unknown ids answer 404 JSON', async ({ request }) => {
    await expect(async () => {
      const list = await getJson<Envelope<Statement>>(request, '/api/v1/statements?pageSize=1');
      const first = list.data[0]!;
      const single = await getJson<{ data: Statement; links: { self: string } }>(
        request,
        `/api/v1/statements/${first.id}`,
      );
      expect(single.data).toEqual(first);
      expect(single.links.self).toMatch(new RegExp(`/api/v1/statements/${first.id}$`));
    }).toPass(CONSISTENT);
    await expectErrors(request, '/api/v1/statements/no-such-statement', 404);
    await expectErrors(request, '/api/v1/sources/no-such-source', 404);
  });

  test('sources list their fingerprint; a source gives its full text, whose SHA-256 matches', async ({
    request,
  }) => {
    await expect(async () => {
      const { records: sources, total } = await fetchAll<Source>(request, '/api/v1/sources', 2);
      // Other journeys import sources into the same database: the five seeded ones must be there.
      expect(total).toBe(sources.length);
      expect(sources.map((source) => source.id)).toEqual(
        expect.arrayContaining(['src-000-minsk-foreign-ministers', 'src-004-yerevan-priorities']),
      );
      expect(total).toBeGreaterThanOrEqual(5);
      expect(sources.map((source) => source.publishedOn)).toEqual(
        sources
          .map((source) => source.publishedOn)
          .sort()
          .reverse(),
      );
      for (const source of sources) {
        expect(source.text.sha256).toMatch(/^[0-9a-f]{64}$/);
        expect(source.publishedOn).toMatch(ISO_DAY);
        const detail = (
          await getJson<{ data: SourceDetail }>(request, `/api/v1/sources/${source.id}`)
        ).data;
        expect(detail.text.sha256).toBe(source.text.sha256);
        expect(createHash('sha256').update(detail.text.content, 'utf8').digest('hex')).toBe(
          source.text.sha256,
        );
        expect(detail.statementCount).toBe(source.statementCount);
        const starts = detail.spans.map((span) => span.selectors[1].start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }
      expect(sources.some((source) => source.yearInferred)).toBe(true);
    }).toPass(CONSISTENT);
    await expectErrors(request, '/api/v1/sources?page=1&extra=1', 400, 'extra');
  });

  test('status changes come newest first, with statuses, evidence and links to the item history', async ({
    request,
    baseURL,
  }) => {
    await expect(async () => {
      const { records: changes, total } = await fetchAll<StatusChange>(
        request,
        '/api/v1/status-changes',
        2,
      );
      // The seed's four, at least: more than one page of two.
      expect(total).toBeGreaterThanOrEqual(4);
      const recorded = changes.map((change) => change.recordedAt);
      expect(recorded).toEqual([...recorded].sort().reverse());
      for (const change of changes) {
        expect(STATUS_CODES).toContain(change.from.code);
        expect(STATUS_CODES).toContain(change.to.code);
        expect(change.effectiveOn).toMatch(ISO_DAY);
        expect(change.recordedAt).toMatch(ISO_INSTANT);
        expect(change.isCorrection).toBe(change.correctsId !== null);
        expect(change.links.html).toBe(`${baseURL}/items/${change.itemId}#change-${change.id}`);
        expect(change.links.corrects === null).toBe(change.correctsId === null);
        for (const evidence of change.evidence) expect(evidence.quote.length).toBeGreaterThan(0);
      }
      const itemId = changes[0]!.itemId;
      const forItem = await fetchAll<StatusChange>(
        request,
        `/api/v1/status-changes?item=${itemId}`,
        100,
      );
      expect(forItem.records.every((change) => change.itemId === itemId)).toBe(true);
      expect(forItem.total).toBe(changes.filter((change) => change.itemId === itemId).length);
    }).toPass(CONSISTENT);
    await expectErrors(request, '/api/v1/status-changes?pageSize=abc', 400, 'pageSize');
  });

  test('the OpenAPI document is 3.1 and every path in it answers', async ({ request }) => {
    const document = await getJson<{
      openapi: string;
      info: { title: string };
      servers: { url: string }[];
      paths: Record<
        string,
        { get: { responses: Record<string, { content?: Record<string, unknown> }> } }
      >;
    }>(request, '/api/v1/openapi.json');
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBeTruthy();
    // Real ids for the {id} paths: an item with history, the first statement and source.
    const ids: Record<string, string> = {
      items: (await getJson<Envelope<StatusChange>>(request, '/api/v1/status-changes?pageSize=1'))
        .data[0]!.itemId,
      statements: (await getJson<Envelope<Statement>>(request, '/api/v1/statements?pageSize=1'))
        .data[0]!.id,
      sources: (await getJson<Envelope<Source>>(request, '/api/v1/sources?pageSize=1')).data[0]!.id,
    };
    for (const [path, { get }] of Object.entries(document.paths)) {
      const collection = path.split('/')[3] ?? '';
      const concrete = path.replace('{id}', ids[collection] ?? '');
      const response = await request.get(concrete);
      expect(response.status(), concrete).toBe(200);
      const declared = Object.keys(get.responses['200']?.content ?? {});
      expect(declared.length, path).toBeGreaterThan(0);
      expect(
        declared.some((type) => response.headers()['content-type']?.startsWith(type)),
        `${path}: ${response.headers()['content-type']}`,
      ).toBe(true);
      if (response.headers()['content-type']?.startsWith('application/json'))
        await contractJson(response);
    }
  });
});

test.describe('open data: CSV', () => {
  const ITEMS_CSV_COLUMNS = [
    'id',
    'url',
    'area',
    'title',
    'status_code',
    'status_label',
    'last_status_change',
    'statement_count',
    'summary',
    'title_ru',
    'summary_ru',
  ] as const;

  async function getCsv<Column extends string>(
    request: APIRequestContext,
    path: string,
    filename: string,
    columns: readonly Column[],
  ) {
    const response = await request.get(path);
    expectOpenData(response);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${filename}"`);
    const bytes = await response.body();
    // UTF-8 with a byte order mark (documented on /api-docs).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return parseCsvRecords(bytes.toString('utf8').slice(1), columns);
  }

  test('items.csv with the filters of /items holds exactly the items they keep, named so', async ({
    request,
  }) => {
    for (const [query, filename] of [
      ['area=area-crisis', 'csto-tracker-items-area-crisis.csv'],
      ['q=china&status=NOT_YET_RATED', 'csto-tracker-items-search-status-not_yet_rated.csv'],
      ['q=%D1%81%D0%B0%D0%BC%D0%BC%D0%B8%D1%82', 'csto-tracker-items-search.csv'],
    ] as const) {
      const records = await getCsv(
        request,
        `/api/v1/items.csv?${query}`,
        filename,
        ITEMS_CSV_COLUMNS,
      );
      const listed = await getJson<Envelope<{ id: string }>>(
        request,
        `/api/v1/items?${query}&pageSize=100`,
      );
      expect(
        records.map((record) => record.id),
        query,
      ).toEqual(listed.data.map((item) => item.id));
      expect(records.length, query).toBeGreaterThan(0);
    }
    // Every seed item has the tracker's Russian title.
    const all = await getCsv(
      request,
      '/api/v1/items.csv?area=area-positioning',
      'csto-tracker-items-area-positioning.csv',
      ITEMS_CSV_COLUMNS,
    );
    for (const record of all) expect(record.title_ru).toMatch(/\p{Script=Cyrillic}/u);
    const bad = await request.get('/api/v1/items.csv?status=SOMEDAY');
    expect(bad.status()).toBe(400);
  });

  test('items.csv has one row per item, as many as the areas count', async ({
    request,
    baseURL,
  }) => {
    await expect(async () => {
      const records = await getCsv(
        request,
        '/api/v1/items.csv',
        'csto-tracker-items.csv',
        ITEMS_CSV_COLUMNS,
      );
      const areas = await getJson<Envelope<Area>>(request, '/api/v1/areas?pageSize=100');
      expect(records).toHaveLength(areas.data.reduce((sum, area) => sum + area.itemCount, 0));
      const items = await getJson<Envelope<{ id: string }>>(request, '/api/v1/items?pageSize=1');
      expect(records).toHaveLength(items.meta.total);
      expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
      for (const record of records) {
        expect(record.url).toBe(`${baseURL}/items/${record.id}`);
        expect(STATUS_CODES).toContain(record.status_code);
        expect(record.statement_count).toMatch(/^\d+$/);
        expect(record.last_status_change).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
        expect(areas.data.map((area) => area.title)).toContain(record.area);
      }
      // Seed titles and summaries hold commas: the quoting must have held.
      expect(
        records.some((record) => record.title.includes(',') || record.summary.includes(',')),
      ).toBe(true);
      const sample = records.find((record) => Number(record.statement_count) > 0)!;
      const statements = await getJson<Envelope<Statement>>(
        request,
        `/api/v1/statements?item=${sample.id}`,
      );
      expect(Number(sample.statement_count)).toBe(statements.meta.total);
    }).toPass({ timeout: 15_000 });
  });

  test('status-changes.csv has one row per status change, matching the JSON', async ({
    request,
  }) => {
    await expect(async () => {
      const records = await getCsv(
        request,
        '/api/v1/status-changes.csv',
        'csto-tracker-status-changes.csv',
        [
          'id',
          'item_id',
          'item_title',
          'effective_on',
          'from_status',
          'to_status',
          'is_correction',
          'corrects_id',
          'note',
          'evidence_statement_ids',
          'evidence_quotes',
          'recorded_at',
        ],
      );
      const json = await fetchAll<StatusChange>(request, '/api/v1/status-changes', 100);
      expect(records).toHaveLength(json.total);
      const byId = new Map(json.records.map((change) => [change.id, change]));
      for (const record of records) {
        const change = byId.get(record.id)!;
        expect(change, record.id).toBeDefined();
        expect(record.item_title).toBe(change.itemTitle);
        expect(record.from_status).toBe(change.from.code);
        expect(record.to_status).toBe(change.to.code);
        expect(record.is_correction).toBe(String(change.isCorrection));
        expect(record.corrects_id).toBe(change.correctsId ?? '');
        expect(record.recorded_at).toBe(change.recordedAt);
        expect(record.evidence_statement_ids).toBe(
          change.evidence.map((evidence) => evidence.statementId).join(' '),
        );
        // A cell starting with = + - @ is guarded with a leading single quote.
        const quotes = change.evidence.map((evidence) => evidence.quote).join(' | ');
        expect(record.evidence_quotes).toBe(/^[=+\-@\t\r]/.test(quotes) ? `'${quotes}` : quotes);
        expect(record.note).toBe(
          /^[=+\-@\t\r]/.test(change.note) ? `'${change.note}` : change.note,
        );
      }
    }).toPass({ timeout: 15_000 });
  });
});

test.describe('open data: Atom feed', () => {
  test('the feed is well-formed Atom 1.0 with the required elements, newest first', async ({
    page,
    request,
    baseURL,
  }) => {
    // The feed and the total are two reads: a status change between them starts over.
    await expect(async () => {
      const response = await request.get('/feed.xml');
      expectOpenData(response);
      expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
      const xml = await response.text();
      const total = (
        await getJson<Envelope<StatusChange>>(request, '/api/v1/status-changes?pageSize=1')
      ).meta.total;

      await page.goto('about:blank');
      const feed = await page.evaluate((source) => {
        const ATOM = 'http://www.w3.org/2005/Atom';
        const document = new DOMParser().parseFromString(source, 'application/xml');
        const error = document.getElementsByTagName('parsererror')[0];
        if (error) throw new Error(`Not well-formed XML: ${error.textContent}`);
        const root = document.documentElement;
        const children = (parent: Element, name: string) =>
          Array.from(parent.children).filter(
            (child) => child.namespaceURI === ATOM && child.localName === name,
          );
        const text = (parent: Element, name: string) =>
          children(parent, name)[0]?.textContent ?? null;
        const links = (parent: Element) =>
          children(parent, 'link').map((link) => ({
            rel: link.getAttribute('rel') ?? 'alternate',
            href: link.getAttribute('href') ?? '',
            type: link.getAttribute('type'),
          }));
        return {
          namespace: root.namespaceURI,
          name: root.localName,
          id: text(root, 'id'),
          title: text(root, 'title'),
          updated: text(root, 'updated'),
          links: links(root),
          hasAuthor: children(root, 'author').length > 0,
          entries: children(root, 'entry').map((entry) => ({
            id: text(entry, 'id'),
            title: text(entry, 'title'),
            updated: text(entry, 'updated'),
            links: links(entry),
            authorNames: children(entry, 'author').map((author) => text(author, 'name')),
            summary: text(entry, 'summary'),
            content: text(entry, 'content'),
            contentType: children(entry, 'content')[0]?.getAttribute('type') ?? null,
          })),
        };
      }, xml);

      expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
      expect(feed.name).toBe('feed');
      expect(feed.id).toMatch(/^(tag:|urn:)/);
      expect(feed.title).toBeTruthy();
      expect(feed.updated).toMatch(ISO_INSTANT);
      expect(feed.hasAuthor).toBe(true);
      expect(feed.links).toContainEqual({
        rel: 'self',
        href: `${baseURL}/feed.xml`,
        type: 'application/atom+xml',
      });
      expect(
        feed.links.some((link) => link.rel === 'alternate' && link.href === `${baseURL}/`),
      ).toBe(true);

      expect(feed.entries.length).toBe(Math.min(50, total));
      const ids = new Set<string>();
      for (const entry of feed.entries) {
        expect(entry.id).toMatch(/^(tag:|urn:)/);
        ids.add(entry.id!);
        expect(entry.title).toMatch(
          /^(Correction: )?.+: (.+ → .+|.+, reaffirmed with new evidence)$/,
        );
        expect(entry.updated).toMatch(ISO_INSTANT);
        expect(
          entry.links.some(
            (link) =>
              link.rel === 'alternate' &&
              new RegExp(`^${baseURL}/items/[^#]+#change-`).test(link.href),
          ),
        ).toBe(true);
        expect(entry.authorNames.length).toBeGreaterThan(0);
        expect(entry.summary).toBeTruthy();
        expect(entry.contentType).toBe('html');
        expect(entry.content).toContain('<blockquote>');
      }
      expect(ids.size).toBe(feed.entries.length);
      const updated = feed.entries.map((entry) => entry.updated!);
      expect(updated).toEqual([...updated].sort().reverse());
      expect(feed.updated).toBe(updated[0]);
    }).toPass(CONSISTENT);
  });
});

test.describe('open data: documentation pages', () => {
  test('the methodology defines every status and explains anchoring, dates and corrections', async ({
    page,
  }) => {
    await page.goto('/methodology');
    await expect(page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
    for (const label of [
      'Not yet rated',
      'In progress',
      'Stalled',
      'Partly kept',
      'Kept',
      'Broken',
      "Can't be checked",
    ]) {
      await expect(
        page.getByRole('term').filter({ hasText: new RegExp(`^${label}`) }),
      ).toBeVisible();
    }
    for (const heading of [
      'How statements are anchored',
      'Dates and “inferred year”',
      'How corrections are shown',
      'Outlet types',
      'Caveats',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByText(/TextQuoteSelector/).first()).toBeVisible();
    await expect(page.getByText(/SHA-256/).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the open data page documents every endpoint with a curl example', async ({
    page,
    request,
  }) => {
    const document = await getJson<{ paths: Record<string, unknown> }>(
      request,
      '/api/v1/openapi.json',
    );
    await page.goto('/api-docs');
    await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
    for (const path of Object.keys(document.paths)) {
      await expect(
        page.getByRole('heading', { level: 3, name: `GET ${path}`, exact: true }),
      ).toBeVisible();
    }
    await expect(page.getByText(/curl -s '.*\/api\/v1\/statements\?item=/)).toBeVisible();
    await expect(page.getByText(/formula injection/i)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
