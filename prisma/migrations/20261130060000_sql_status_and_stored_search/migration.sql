-- Public reads in SQL (issue 8). See docs/decisions/0012-current-status-in-sql.md.

-- 1. The current status of an item, kept next to the item by the database in
-- the transaction that appends to its history, whoever writes it. The rule is
-- lib/status-history.ts's: among the rows no other row corrects, the latest by
-- effective day, then by recording time (then id, for rows recorded in the
-- same millisecond); no row is "not yet rated". A test holds the two equal.
ALTER TABLE "Item"
  ADD COLUMN "currentStatus" "Status" NOT NULL DEFAULT 'NOT_YET_RATED',
  ADD COLUMN "statusSince" DATE;

CREATE FUNCTION tracker_refresh_item_status(item_id text) RETURNS void LANGUAGE sql AS $$
  WITH standing AS (
    SELECT sc."status", sc."effectiveOn"
    FROM "StatusChange" sc
    WHERE sc."itemId" = item_id
      AND NOT EXISTS (SELECT 1 FROM "StatusChange" c WHERE c."correctsId" = sc.id)
    ORDER BY sc."effectiveOn" DESC, sc."createdAt" DESC, sc.id DESC
    LIMIT 1
  )
  UPDATE "Item" SET
    "currentStatus" = COALESCE((SELECT "status" FROM standing), 'NOT_YET_RATED'),
    "statusSince" = (SELECT "effectiveOn" FROM standing)
  WHERE id = item_id;
$$;

CREATE FUNCTION tracker_status_change_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tracker_refresh_item_status(NEW."itemId");
  RETURN NULL;
END;
$$;

-- History is append-only (UPDATE and DELETE are refused), so INSERT is the only change.
CREATE TRIGGER "StatusChange_refreshes_item_status" AFTER INSERT ON "StatusChange"
  FOR EACH ROW EXECUTE FUNCTION tracker_status_change_inserted();

SELECT tracker_refresh_item_status(id) FROM "Item";

CREATE INDEX "Item_currentStatus_idx" ON "Item" ("currentStatus");

-- 2. Search on stored vectors: computed once when a row is written, not for
-- every row a query ranks (ranking long source texts was most of a search).
ALTER TABLE "Item" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (tracker_search_vector("title" || ' ' || "summary")) STORED;
ALTER TABLE "Statement" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (tracker_search_vector("quote" || ' ' || "speaker")) STORED;
ALTER TABLE "SourceVersion" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (tracker_search_vector("text")) STORED;

DROP INDEX "Item_search_idx";
DROP INDEX "Statement_search_idx";
DROP INDEX "SourceVersion_search_idx";
CREATE INDEX "Item_searchVector_idx" ON "Item" USING GIN ("searchVector");
CREATE INDEX "Statement_searchVector_idx" ON "Statement" USING GIN ("searchVector");
CREATE INDEX "SourceVersion_searchVector_idx" ON "SourceVersion" USING GIN ("searchVector");

-- 3. Indexes for the bounded public reads: latest changes, next milestones,
-- an item's statements, items by status within an area.
CREATE INDEX "Milestone_open_dueOn_idx" ON "Milestone" ("dueOn") WHERE "metOn" IS NULL;
CREATE INDEX "Item_areaId_currentStatus_idx" ON "Item" ("areaId", "currentStatus");
