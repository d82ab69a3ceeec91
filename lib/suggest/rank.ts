// Suggested evidence (issue 11): which sentences of a source bear on which
// item. Postgres full-text ranking, one query per source:
// - every sentence is stemmed in English and Russian (tracker_search_vector,
//   the stemming search uses), and its words are expanded with the
//   presidency's names and places in the other language (lib/suggest/terms.ts);
// - an item's profile is its title (weight 1.5), its summary (1) and the
//   quotes already filed under it from other sources (0.5);
// - a sentence's score for an item is the sum, over the words they share, of
//   the word's weight times its rarity among items (ln(N / items using it),
//   0 for a word every item uses): "CSTO" or "security" in every item count for little, "peacekeeping"
//   or "biological" for much; divided by the square root of the sentence's
//   word count, so a long sentence does not win by length alone.
// The words that matched come back with each suggestion, so the analyst sees
// why. Only words of this source are looked up (GIN indexes on the stored
// vectors), and a word common to many items or quotes is dropped before any
// join (decision 0018): the cost follows the source's distinctive words, not
// the size of the tracker (49-107 ms per seed article at 5,033 items).
import { Prisma } from '@/lib/generated/prisma/client';
import type { Sentence } from './sentences';
import { TERM_PAIRS } from './terms';

export interface RankOptions {
  /** Statements from these sources stay out of the profiles (the source itself; the held-out one in the evaluation). */
  excludeSourceIds: readonly string[];
  /** Suggestions per item, best first. */
  perItem?: number;
  /** Below this score a sentence is not suggested. */
  minScore?: number;
  /** The items with the best suggestions, at most this many (bounded output at any size). */
  maxItems?: number;
  /** The English–Russian names and places (lib/suggest/terms.ts); on unless false. */
  withTerms?: boolean;
  /** Only these items (for one item's suggestions); all published items when absent. */
  itemIds?: readonly string[];
}

export interface RankedSentence {
  itemId: string;
  sentenceIndex: number;
  score: number;
  /** The sentence's own words that matched the item (as written), for "why". */
  matched: string[];
}

interface Row {
  item_id: string;
  idx: number;
  score: number;
  matched: string[] | null;
}

/** Anything with Prisma's $queryRaw: the client or a transaction. */
export interface RawQuery {
  $queryRaw<T = unknown>(query: Prisma.Sql): Promise<T>;
}

export const DEFAULT_PER_ITEM = 5;
export const DEFAULT_MIN_SCORE = 3;
export const DEFAULT_MAX_ITEMS = 40;
/** A word in more items than this share of them (or in twice as many quotes) is too common to count. */
const COMMON_SHARE = 0.2;
/** ...but a tracker of a few items keeps words used up to this many times. */
const MIN_COMMON = 10;
/** ...and a word in this many is common at any size (bounds each count at 50,000 items). */
const MAX_COMMON = 500;
/** A word of the item's title counts more than one of its summary. */
const TITLE_WEIGHT = 1.5;

export async function rankSentences(
  client: RawQuery,
  sentences: readonly Sentence[],
  options: RankOptions,
): Promise<RankedSentence[]> {
  if (sentences.length === 0) return [];
  const perItem = options.perItem ?? DEFAULT_PER_ITEM;
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const indexes = sentences.map((sentence) => sentence.index);
  const bodies = sentences.map((sentence) => sentence.text);
  const excluded = [...options.excludeSourceIds];
  const onlyItems = options.itemIds ? [...options.itemIds] : null;
  const terms = options.withTerms === false ? [] : TERM_PAIRS;
  const termFrom = terms.map(([from]) => from);
  const termTo = terms.map(([, to]) => to);

  const rows = await client.$queryRaw<Row[]>(Prisma.sql`
    WITH sentence AS (
      SELECT s.idx, s.body, tracker_search_vector(s.body) AS vec
      FROM unnest(${indexes}::int[], ${bodies}::text[]) AS s(idx, body)
    ),
    -- The presidency's names and places in the other language, stemmed alike.
    pair AS (
      SELECT a.word AS a, b.word AS b
      FROM unnest(${termFrom}::text[], ${termTo}::text[]) AS p(a_text, b_text)
      CROSS JOIN LATERAL unnest(tsvector_to_array(tracker_search_vector(p.a_text))) AS a(word)
      CROSS JOIN LATERAL unnest(tsvector_to_array(tracker_search_vector(p.b_text))) AS b(word)
    ),
    term AS (
      SELECT a AS word, b AS equivalent FROM pair UNION SELECT b, a FROM pair
    ),
    own_word AS (
      SELECT DISTINCT sentence.idx, w.word
      FROM sentence CROSS JOIN LATERAL unnest(tsvector_to_array(sentence.vec)) AS w(word)
    ),
    sentence_word AS (
      SELECT idx, word, word AS own FROM own_word
      UNION
      SELECT own_word.idx, term.equivalent, own_word.word
      FROM own_word JOIN term ON term.word = own_word.word
    ),
    word AS (
      SELECT DISTINCT word, quote_literal(word)::tsquery AS query FROM sentence_word
    ),
    -- Inlined wherever it is used, so the GIN index on the stored vector serves each word.
    item AS NOT MATERIALIZED (
      SELECT i.id, i."searchVector", i.title
      FROM "Item" i JOIN "PriorityArea" a ON a.id = i."areaId"
      WHERE i."archivedAt" IS NULL AND a."archivedAt" IS NULL
        AND (${onlyItems}::text[] IS NULL OR i.id = ANY(${onlyItems}::text[]))
    ),
    total AS (
      SELECT least(
          ${MAX_COMMON}::int,
          greatest(${MIN_COMMON}::int, floor((SELECT count(*) FROM item) * ${COMMON_SHARE}::float8))
        )::int AS common,
        (SELECT count(*) FROM item)::float8 AS items
    ),
    -- A word that many items or quotes use ("CSTO", "security", a speaker's name)
    -- weighs next to nothing: it is left out before any join. Each count stops
    -- once the word is known to be common, so the work is bounded by the source's
    -- words, whatever the size of the tracker.
    rare AS (
      SELECT word.word, word.query FROM word, total
      WHERE (SELECT count(*) FROM (
              SELECT 1 FROM item WHERE item."searchVector" @@ word.query LIMIT total.common + 1
            ) AS used) <= total.common
        AND (SELECT count(*) FROM (
              SELECT 1 FROM "Statement" st
              WHERE st."searchVector" @@ word.query AND st."archivedAt" IS NULL
              LIMIT 2 * total.common + 1
            ) AS quoted) <= 2 * total.common
    ),
    hit AS (
      SELECT rare.word, item.id AS item_id,
        CASE WHEN tracker_search_vector(item.title) @@ rare.query
          THEN ${TITLE_WEIGHT}::float8 ELSE 1.0::float8 END AS weight
      FROM rare JOIN item ON item."searchVector" @@ rare.query
      UNION ALL
      SELECT rare.word, si."itemId", 0.5::float8
      FROM rare
      JOIN "Statement" st ON st."searchVector" @@ rare.query
      JOIN "StatementItem" si ON si."statementId" = st.id
      JOIN item ON item.id = si."itemId"
      WHERE st."archivedAt" IS NULL AND NOT (st."sourceId" = ANY(${excluded}::text[]))
    ),
    profile AS (
      SELECT word, item_id, max(weight) AS weight FROM hit GROUP BY word, item_id
    ),
    rarity AS (
      SELECT profile.word, ln((SELECT items FROM total) / count(*)) AS idf
      FROM profile GROUP BY profile.word
    ),
    size AS (
      SELECT idx, sqrt(greatest(count(*), 4))::float8 AS norm FROM own_word GROUP BY idx
    ),
    -- A word and its equivalent count once: the better of the two.
    best AS (
      SELECT sentence_word.idx, sentence_word.own, profile.item_id,
        max(profile.weight * rarity.idf) AS value
      FROM sentence_word
      JOIN profile ON profile.word = sentence_word.word
      JOIN rarity ON rarity.word = sentence_word.word
      GROUP BY sentence_word.idx, sentence_word.own, profile.item_id
    ),
    scored AS (
      SELECT best.idx, best.item_id, sum(best.value) / min(size.norm) AS score,
        array_agg(best.own) AS matched_stems
      FROM best JOIN size ON size.idx = best.idx
      GROUP BY best.idx, best.item_id
    ),
    top AS (
      SELECT *,
        row_number() OVER (PARTITION BY item_id ORDER BY score DESC, idx) AS place,
        max(score) OVER (PARTITION BY item_id) AS item_best
      FROM scored WHERE score >= ${minScore}
    ),
    kept_item AS (
      SELECT item_id FROM top WHERE place = 1 ORDER BY item_best DESC, item_id LIMIT ${maxItems}
    )
    SELECT top.item_id, top.idx, top.score,
      -- The sentence's words whose stems matched, as written.
      ARRAY(
        SELECT DISTINCT token
        FROM regexp_split_to_table(sentence.body, '[^[:alnum:]]+') AS token
        WHERE token <> ''
          AND tsvector_to_array(tracker_search_vector(token)) && top.matched_stems
      ) AS matched
    FROM top JOIN sentence ON sentence.idx = top.idx JOIN kept_item USING (item_id)
    WHERE top.place <= ${perItem}
    ORDER BY top.item_id, top.score DESC, top.idx
  `);
  return rows.map((row) => ({
    itemId: row.item_id,
    sentenceIndex: row.idx,
    score: Number(row.score),
    matched: row.matched ?? [],
  }));
}
