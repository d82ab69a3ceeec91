-- Rules Prisma's schema language cannot state. See docs/decisions/0005-append-only-history.md.

-- Append-only tables: history, evidence links of history, source texts and the
-- audit log are never changed or deleted in place.
CREATE FUNCTION tracker_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table "%" is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE TRIGGER "StatusChange_append_only" BEFORE UPDATE OR DELETE ON "StatusChange"
  FOR EACH ROW EXECUTE FUNCTION tracker_refuse_change();
CREATE TRIGGER "StatusChangeEvidence_append_only" BEFORE UPDATE OR DELETE ON "StatusChangeEvidence"
  FOR EACH ROW EXECUTE FUNCTION tracker_refuse_change();
CREATE TRIGGER "SourceVersion_append_only" BEFORE UPDATE OR DELETE ON "SourceVersion"
  FOR EACH ROW EXECUTE FUNCTION tracker_refuse_change();
CREATE TRIGGER "Revision_append_only" BEFORE UPDATE OR DELETE ON "Revision"
  FOR EACH ROW EXECUTE FUNCTION tracker_refuse_change();

-- A correction corrects a row of the same item.
CREATE FUNCTION tracker_check_correction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."correctsId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "StatusChange" WHERE id = NEW."correctsId" AND "itemId" = NEW."itemId"
  ) THEN
    RAISE EXCEPTION 'a correction must correct a status change of the same item';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "StatusChange_correction_same_item" BEFORE INSERT ON "StatusChange"
  FOR EACH ROW EXECUTE FUNCTION tracker_check_correction();

ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_one_target"
  CHECK (num_nonnulls("itemId", "statementId", "sourceId") = 1);
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_span_valid"
  CHECK ("start" >= 0 AND "end" > "start" AND length("quote") > 0);
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_note_present"
  CHECK (length(btrim("note")) > 0);

-- Full-text search in English and Russian (the sources mix both).
CREATE FUNCTION tracker_search_vector(body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('english'::regconfig, coalesce(body, '')) || to_tsvector('russian'::regconfig, coalesce(body, ''))
$$;

CREATE INDEX "Item_search_idx" ON "Item" USING GIN (tracker_search_vector("title" || ' ' || "summary"));
CREATE INDEX "Statement_search_idx" ON "Statement" USING GIN (tracker_search_vector("quote" || ' ' || "speaker"));
CREATE INDEX "SourceVersion_search_idx" ON "SourceVersion" USING GIN (tracker_search_vector("text"));
CREATE INDEX "Source_search_idx" ON "Source" USING GIN (tracker_search_vector("title" || ' ' || "outlet"));
