-- Issue 12: content in Russian, and search across languages.

-- 1. Russian titles and summaries beside the English ones ('' = not yet
-- translated; readers then see the English text, labelled as such).
ALTER TABLE "PriorityArea" ADD COLUMN "titleRu" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "summaryRu" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Item" ADD COLUMN "titleRu" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "summaryRu" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Milestone" ADD COLUMN "titleRu" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Presidency" ADD COLUMN "organizationRu" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "chairCountryRu" TEXT NOT NULL DEFAULT '';

-- An item is found by its text in either language.
DROP INDEX "Item_searchVector_idx";
ALTER TABLE "Item" DROP COLUMN "searchVector";
ALTER TABLE "Item" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (tracker_search_vector(
    "title" || ' ' || "summary" || ' ' || "titleRu" || ' ' || "summaryRu")) STORED;
CREATE INDEX "Item_searchVector_idx" ON "Item" USING GIN ("searchVector");

-- 2. The synonym dictionary: names and places across spellings and scripts
-- (Lukashenka, Lukashenko, Лукашенко). Its rows are written from the repo's
-- list (lib/search/synonyms.ts) by migrations that `npm run search:synonyms`
-- writes; "synonymGroup" joins the spellings of one name. The stems are Postgres's own
-- (English and Russian), computed when the rows are written.
CREATE TABLE "SearchSynonym" (
  "term" TEXT NOT NULL,
  "lexeme" TEXT NOT NULL,
  "synonymGroup" INTEGER NOT NULL,
  CONSTRAINT "SearchSynonym_pkey" PRIMARY KEY ("term", "lexeme")
);

CREATE AGGREGATE tracker_tsquery_or(tsquery) (SFUNC = tsquery_or, STYPE = tsquery);

-- The tsquery of a reader's search, in websearch syntax, English or Russian,
-- with every spelling of a listed name put in for any one of them. Two
-- rewrites: each stem becomes its group's placeholder, then each placeholder
-- becomes all the group's stems (one rewrite would expand the stems inside an
-- expansion again).
CREATE FUNCTION tracker_search_query(q text) RETURNS tsquery
  LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT ts_rewrite(
    ts_rewrite(
      websearch_to_tsquery('english'::regconfig, q) || websearch_to_tsquery('russian'::regconfig, q),
      'SELECT DISTINCT quote_literal("lexeme")::tsquery, quote_literal(''§'' || "synonymGroup")::tsquery FROM "SearchSynonym"'),
    'SELECT quote_literal(''§'' || "synonymGroup")::tsquery, tracker_tsquery_or(DISTINCT quote_literal("lexeme")::tsquery) FROM "SearchSynonym" GROUP BY "synonymGroup"')
$$;
