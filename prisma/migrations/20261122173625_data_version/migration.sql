-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "DataVersion" ("id", "value") VALUES (1, 0);

-- Statement-level: one bump per statement, in the writing transaction, so the
-- new version becomes visible exactly when the data it describes does.
CREATE FUNCTION tracker_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "value" = "value" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  target text;
BEGIN
  FOREACH target IN ARRAY ARRAY[
    'Presidency', 'PriorityArea', 'Item', 'Milestone', 'Source', 'SourceVersion', 'Statement',
    'StatementItem', 'StatusChange', 'StatusChangeEvidence', 'Annotation'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION tracker_bump_data_version()',
      target || '_bumps_data_version', target
    );
  END LOOP;
END;
$$;
