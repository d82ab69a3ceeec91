import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Status } from '@/lib/generated/prisma/enums';
import type { ItemFilters } from '@/lib/validation/item-filters';
import { boundedCachedRead } from '@/lib/data/shared/cache';
import { readStatusHistories, type StatusChangeDto } from '@/lib/data/public/tracker';

// The filtered, searched and paginated items list behind /items and
// /api/v1/items. Public data only: items, statements, sources; never
// annotations.
//
// Which items a filter keeps:
// - q: the item's title/summary (English or Russian) matches, or one of its
//   statements (quote + speaker) matches, or the source text one of its
//   statements was quoted from matches; English and Russian stemming
//   (websearch syntax), with every spelling of a listed name or place put in
//   for any one (tracker_search_query and its synonym dictionary, from
//   lib/search/synonyms.ts). Matches in the item's own text come first, then
//   in its quotes, then in source texts only; on the /items page, items found
//   only in one shared source text collapse into one row ("and 31 more items
//   quoting this article").
// - area, status: the item's area; its current status (Item.currentStatus,
//   kept by the database from the history with lib/status-history.ts's rule,
//   so the list can never disagree with the dashboard and the item page).
//
// Filtering, ranking, counting and paging all happen in one SQL query; only
// the page's rows come back, with their histories and snippets read for them.
// - outlet, from, to: the item has one statement that satisfies all three at
//   once: quoted from a source of that outlet type, stated (or, when the
//   statement carries no date, published) within [from, to].

/** Text with the matched words flagged; rendered as text, never as HTML. */
export interface SnippetFragment {
  text: string;
  isMatch: boolean;
}

export type SearchSnippet =
  | {
      kind: 'statement';
      statementId: string;
      sourceId: string;
      speaker: string;
      fragments: SnippetFragment[];
    }
  | { kind: 'source'; sourceId: string; sourceTitle: string; fragments: SnippetFragment[] };

/** Where a search found an item: its own text, a quote of it, or only a source text it is quoted from. */
export type MatchedIn = 'item' | 'statement' | 'source';

export interface ItemSearchRow {
  id: string;
  title: string;
  summary: string;
  titleRu: string;
  summaryRu: string;
  area: { id: string; title: string; titleRu: string };
  status: Status;
  statusHistory: StatusChangeDto[];
  statementIds: string[];
  /** Present for q searches: the statement (or else the source text) that matched. */
  snippet: SearchSnippet | null;
  /** Present for q searches. */
  matchedIn: MatchedIn | null;
  /**
   * With `collapse`, on the first of the items found only in one source's
   * text: that source and how many more items it stands for (not listed).
   */
  alsoQuoting: { sourceId: string; sourceTitle: string; more: number } | null;
}

export interface ItemSearchResult {
  items: ItemSearchRow[];
  /** Rows of the list (what pages count): items, or with `collapse` one row per shared source. */
  total: number;
  /** Items matched, collapsed or not. */
  matched: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

// Highlight markers for ts_headline: control characters, which the filter
// schema strips from queries, so they can only come from ts_headline.
const MARK_START = '\u0002';
const MARK_END = '\u0003';
const STATEMENT_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=20, ShortWord=2`;
const SOURCE_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=18, MinWords=8, ShortWord=2, FragmentDelimiter=" … "`;

// Within a tier (item, statement, source text), rank by ts_rank; its
// normalisation 32 maps ranks into [0, 1). (Constants written into the SQL,
// not parameters: never user input.)
const WEIGHT_ITEM = Prisma.raw('4');
const WEIGHT_STATEMENT = Prisma.raw('2');
const WEIGHT_SOURCE_TEXT = Prisma.raw('0.5');

/**
 * The tsquery of `q` (tracker_search_query: English and Russian stems, names
 * in every listed spelling), computed once and then passed as a constant, so
 * every use below is an index condition. '' when q has no searchable word.
 */
async function expandQuery(q: string): Promise<string> {
  const [row] = await db().$queryRaw<{ query: string }[]>`
    SELECT coalesce(tracker_search_query(${q})::text, '') AS query`;
  return row?.query ?? '';
}

function tsQuery(query: string): Prisma.Sql {
  return Prisma.sql`${query}::tsquery`;
}

/** Per matched item: its best tier (1 item, 2 statement, 3 source text only), rank, and best source text. */
function textMatches(expanded: string): Prisma.Sql {
  const query = tsQuery(expanded);
  return Prisma.sql`
    WITH version_hits AS MATERIALIZED (
      SELECT v.id, src.id AS "sourceId", src.title AS "sourceTitle",
        ts_rank(v."searchVector", ${query}, 32) AS rank
      FROM "SourceVersion" v
      JOIN "Source" src ON src.id = v."sourceId" AND src."archivedAt" IS NULL
      WHERE v."searchVector" @@ ${query}
    ),
    source_hits AS (
      SELECT DISTINCT ON (si."itemId") si."itemId", vh.rank, vh."sourceId", vh."sourceTitle"
      FROM version_hits vh
      JOIN "Statement" s ON s."sourceVersionId" = vh.id AND s."archivedAt" IS NULL
        AND s."anchorState" = 'ANCHORED'
      JOIN "StatementItem" si ON si."statementId" = s.id
      ORDER BY si."itemId", vh.rank DESC, vh."sourceId"
    )
    SELECT hit."itemId", MIN(hit.tier) AS tier, SUM(hit.rank) AS rank,
      MAX(hit."sourceId") AS "viaSourceId", MAX(hit."sourceTitle") AS "viaSourceTitle"
    FROM (
      SELECT i.id AS "itemId", 1 AS tier, ${WEIGHT_ITEM} * ts_rank(i."searchVector", ${query}, 32) AS rank,
        NULL::text AS "sourceId", NULL::text AS "sourceTitle"
      FROM "Item" i
      WHERE i."searchVector" @@ ${query}
      UNION ALL
      SELECT si."itemId", 2, ${WEIGHT_STATEMENT} * MAX(ts_rank(s."searchVector", ${query}, 32)), NULL, NULL
      FROM "Statement" s
      JOIN "StatementItem" si ON si."statementId" = s.id
      WHERE s."archivedAt" IS NULL AND s."anchorState" = 'ANCHORED' AND s."searchVector" @@ ${query}
      GROUP BY si."itemId"
      UNION ALL
      SELECT "itemId", 3, ${WEIGHT_SOURCE_TEXT} * rank, "sourceId", "sourceTitle"
      FROM source_hits
    ) hit
    GROUP BY hit."itemId"`;
}

interface PageRow {
  id: string;
  title: string;
  summary: string;
  titleRu: string;
  summaryRu: string;
  areaId: string;
  areaTitle: string;
  areaTitleRu: string;
  status: Status;
  total: bigint;
  matched: bigint;
  tier: number | null;
  viaSourceId: string | null;
  viaSourceTitle: string | null;
  more: bigint | null;
}

interface SearchOptions {
  /** Items found only in one shared source text become one row (the /items page). */
  collapse: boolean;
}

const TIERS: Record<number, MatchedIn> = { 1: 'item', 2: 'statement', 3: 'source' };

/** One page of the items kept by `filters`, in list order (tier and rank first with q), and the totals. */
async function readMatchingPage(
  filters: ItemFilters,
  expanded: string | null,
  options: SearchOptions,
): Promise<{ rows: PageRow[]; total: number; matched: number }> {
  const evidence = [
    filters.outlet
      ? Prisma.sql`AND src."outletType" = ${filters.outlet}::"OutletType"`
      : Prisma.empty,
    filters.from
      ? Prisma.sql`AND COALESCE(s."statedOn", src."publishedOn") >= ${filters.from}::date`
      : Prisma.empty,
    filters.to
      ? Prisma.sql`AND COALESCE(s."statedOn", src."publishedOn") <= ${filters.to}::date`
      : Prisma.empty,
  ];
  const conditions = [
    filters.area ? Prisma.sql`AND i."areaId" = ${filters.area}` : Prisma.empty,
    filters.status.length > 0
      ? Prisma.sql`AND i."currentStatus" = ANY(${filters.status}::"Status"[])`
      : Prisma.empty,
    filters.outlet || filters.from || filters.to
      ? Prisma.sql`AND EXISTS (
          SELECT 1 FROM "StatementItem" si
          JOIN "Statement" s ON s.id = si."statementId" AND s."archivedAt" IS NULL
          JOIN "Source" src ON src.id = s."sourceId"
          WHERE si."itemId" = i.id ${Prisma.join(evidence, ' ')}
        )`
      : Prisma.empty,
  ];
  const offset = (filters.page - 1) * filters.pageSize;
  const columns = Prisma.sql`i.id, i.title, i.summary, i."titleRu", i."summaryRu", i."areaId",
      a.title AS "areaTitle", a."titleRu" AS "areaTitleRu", i."currentStatus"::text AS status, a.position AS "areaPosition",
      i.position`;
  const from = Prisma.sql`
    FROM "Item" i
    JOIN "PriorityArea" a ON a.id = i."areaId" AND a."archivedAt" IS NULL`;
  const where = Prisma.sql`WHERE i."archivedAt" IS NULL ${Prisma.join(conditions, ' ')}`;
  let rows: PageRow[];
  if (expanded === null) {
    rows = await db().$queryRaw<PageRow[]>`
      SELECT ${columns}, count(*) OVER () AS total, count(*) OVER () AS matched,
        NULL::int AS tier, NULL::text AS "viaSourceId", NULL::text AS "viaSourceTitle", NULL::bigint AS more
      ${from}
      ${where}
      ORDER BY a.position, i.position, i.id
      LIMIT ${filters.pageSize} OFFSET ${offset}`;
  } else {
    // Collapsing keeps, of the items found only in one source's text, the
    // first in tracker order, counting the others.
    const collapse = options.collapse ? Prisma.raw('true') : Prisma.raw('false');
    rows = await db().$queryRaw<PageRow[]>`
      WITH hits AS (${textMatches(expanded)}),
      kept AS (
        SELECT ${columns}, hits.tier, hits.rank, hits."viaSourceId", hits."viaSourceTitle",
          count(*) OVER () AS matched
        ${from}
        JOIN hits ON hits."itemId" = i.id
        ${where}
      ),
      grouped AS (
        SELECT kept.*,
          CASE WHEN ${collapse} AND tier = 3
            THEN row_number() OVER (PARTITION BY tier, "viaSourceId" ORDER BY "areaPosition", position, id)
            ELSE 1 END AS nth,
          CASE WHEN ${collapse} AND tier = 3
            THEN count(*) OVER (PARTITION BY tier, "viaSourceId") - 1 END AS more
        FROM kept
      )
      SELECT *, count(*) OVER () AS total
      FROM grouped
      WHERE nth = 1
      ORDER BY tier, rank DESC, "areaPosition", position, id
      LIMIT ${filters.pageSize} OFFSET ${offset}`;
  }
  // Past the last page there are no rows to carry the totals: count apart.
  if (rows.length > 0 || filters.page === 1) {
    return { rows, total: Number(rows[0]?.total ?? 0), matched: Number(rows[0]?.matched ?? 0) };
  }
  const first = await readMatchingPage({ ...filters, page: 1 }, expanded, options);
  return { rows, total: first.total, matched: first.matched };
}

function toFragments(headline: string): SnippetFragment[] {
  const fragments: SnippetFragment[] = [];
  for (const [index, part] of headline.split(MARK_START).entries()) {
    const [marked, rest] = index === 0 ? [null, part] : splitOnce(part, MARK_END);
    if (marked) fragments.push({ text: marked, isMatch: true });
    if (rest) fragments.push({ text: rest, isMatch: false });
  }
  return fragments;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

/**
 * For each item: the best matching statement, or, for items found through a
 * source text only, the best matching passage of that text.
 */
async function readSnippets(
  expanded: string,
  itemIds: string[],
): Promise<Map<string, SearchSnippet>> {
  const snippets = new Map<string, SearchSnippet>();
  if (itemIds.length === 0) return snippets;
  const query = tsQuery(expanded);
  // 'russian' stems Cyrillic words with the Russian stemmer and ASCII words
  // with the English one, so it highlights matches of both halves of the query.
  const statements = await db().$queryRaw<
    { itemId: string; statementId: string; sourceId: string; speaker: string; headline: string }[]
  >`
    SELECT DISTINCT ON (si."itemId") si."itemId", s.id AS "statementId", s."sourceId", s."speaker",
      ts_headline('russian', s."quote", ${query}, ${STATEMENT_HEADLINE}) AS headline
    FROM "StatementItem" si
    JOIN "Statement" s ON s.id = si."statementId" AND s."archivedAt" IS NULL
    WHERE si."itemId" IN (${Prisma.join(itemIds)})
      AND s."anchorState" = 'ANCHORED' AND s."searchVector" @@ ${query}
    ORDER BY si."itemId", ts_rank(s."searchVector", ${query}, 32) DESC, s."statedOn", s.id`;
  for (const row of statements) {
    snippets.set(row.itemId, {
      kind: 'statement',
      statementId: row.statementId,
      sourceId: row.sourceId,
      speaker: row.speaker,
      fragments: toFragments(row.headline),
    });
  }

  const rest = itemIds.filter((id) => !snippets.has(id));
  if (rest.length === 0) return snippets;
  // One headline per source text (they are long), then shared by its items.
  const passages = await db().$queryRaw<
    { itemId: string; sourceId: string; sourceTitle: string; headline: string }[]
  >`
    WITH versions AS MATERIALIZED (
      SELECT DISTINCT s."sourceVersionId" AS id
      FROM "StatementItem" si
      JOIN "Statement" s ON s.id = si."statementId" AND s."archivedAt" IS NULL
        AND s."anchorState" = 'ANCHORED'
      WHERE si."itemId" IN (${Prisma.join(rest)})
    ),
    passages AS MATERIALIZED (
      SELECT v.id, src.id AS "sourceId", src."title" AS "sourceTitle",
        ts_rank(v."searchVector", ${query}, 32) AS rank,
        ts_headline('russian', v."text", ${query}, ${SOURCE_HEADLINE}) AS headline
      FROM "SourceVersion" v
      JOIN versions ON versions.id = v.id
      JOIN "Source" src ON src.id = v."sourceId" AND src."archivedAt" IS NULL
      WHERE v."searchVector" @@ ${query}
    )
    SELECT DISTINCT ON (si."itemId") si."itemId", p."sourceId", p."sourceTitle", p.headline
    FROM "StatementItem" si
    JOIN "Statement" s ON s.id = si."statementId" AND s."archivedAt" IS NULL
      AND s."anchorState" = 'ANCHORED'
    JOIN passages p ON p.id = s."sourceVersionId"
    WHERE si."itemId" IN (${Prisma.join(rest)})
    ORDER BY si."itemId", p.rank DESC, p."sourceId"`;
  for (const row of passages) {
    snippets.set(row.itemId, {
      kind: 'source',
      sourceId: row.sourceId,
      sourceTitle: row.sourceTitle,
      fragments: toFragments(row.headline),
    });
  }
  return snippets;
}

async function readStatementIds(itemIds: string[]): Promise<Map<string, string[]>> {
  const links = await db().statementItem.findMany({
    where: { itemId: { in: itemIds }, statement: { archivedAt: null } },
    orderBy: [{ statement: { statedOn: 'asc' } }, { statement: { start: 'asc' } }],
    select: { itemId: true, statementId: true },
  });
  const byItem = new Map<string, string[]>(itemIds.map((id) => [id, []]));
  for (const link of links) byItem.get(link.itemId)?.push(link.statementId);
  return byItem;
}

async function readItemSearch(
  filters: ItemFilters,
  options: SearchOptions,
): Promise<ItemSearchResult> {
  const expanded = filters.q ? await expandQuery(filters.q) : null;
  const { rows, total, matched } = await readMatchingPage(filters, expanded, options);
  const ids = rows.map((row) => row.id);
  const [snippets, statementIds, histories] = await Promise.all([
    expanded ? readSnippets(expanded, ids) : Promise.resolve(new Map<string, SearchSnippet>()),
    readStatementIds(ids),
    readStatusHistories(ids),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      summary: row.summary,
      titleRu: row.titleRu,
      summaryRu: row.summaryRu,
      area: { id: row.areaId, title: row.areaTitle, titleRu: row.areaTitleRu },
      status: row.status,
      statusHistory: histories.get(row.id) ?? [],
      statementIds: statementIds.get(row.id) ?? [],
      snippet: snippets.get(row.id) ?? null,
      matchedIn: row.tier === null ? null : (TIERS[Number(row.tier)] ?? null),
      alsoQuoting:
        row.more !== null && Number(row.more) > 0 && row.viaSourceId && row.viaSourceTitle
          ? { sourceId: row.viaSourceId, sourceTitle: row.viaSourceTitle, more: Number(row.more) }
          : null,
    })),
    total,
    matched,
    page: filters.page,
    pageSize: filters.pageSize,
    pageCount: Math.ceil(total / filters.pageSize),
  };
}

/**
 * Every item kept by `filters`, in list order (no collapsing, no paging): the
 * ids of a filtered CSV export, a bulk download like the full one.
 */
export async function matchingItemIds(filters: ItemFilters): Promise<string[]> {
  const expanded = filters.q ? await expandQuery(filters.q) : null;
  const { rows } = await readMatchingPage(
    { ...filters, page: 1, pageSize: Number.MAX_SAFE_INTEGER },
    expanded,
    { collapse: false },
  );
  return rows.map((row) => row.id);
}

// Searches and filter views: the same query string gives the same page until
// the data change. Kept in memory, a bounded number of them (the keys are
// whatever readers type), and only for the current data version.
const cachedItemSearch = boundedCachedRead(
  500,
  ({ collapse, ...filters }: ItemFilters & SearchOptions) => readItemSearch(filters, { collapse }),
);

/**
 * One page of the items list for `filters` (already parsed by
 * itemFiltersSchema). `collapse`: see SearchOptions (the API lists every item).
 */
export function searchItems(
  filters: ItemFilters,
  options: SearchOptions = { collapse: false },
): Promise<ItemSearchResult> {
  // A fixed key order: equal filters share one cache entry.
  return cachedItemSearch({
    collapse: options.collapse,
    q: filters.q,
    area: filters.area,
    status: filters.status,
    outlet: filters.outlet,
    from: filters.from,
    to: filters.to,
    page: filters.page,
    pageSize: filters.pageSize,
  });
}
