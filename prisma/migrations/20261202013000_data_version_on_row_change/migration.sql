-- The data version is bumped by a transaction that changes a row of public
-- data, once, and by nothing else. The statement-level triggers of
-- 20261122173625_data_version also fired for statements that changed no row
-- (a version-guarded update that lost, a refused write), so a refused request
-- changed a table and emptied every reader's cache (issue 9, hostile-input
-- suite). Still in the writing transaction: the new version becomes visible
-- exactly when the data it describes does.
CREATE OR REPLACE FUNCTION tracker_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Once per transaction: the setting is transaction-local (and undone with
  -- a rolled-back savepoint, like the bump itself).
  IF current_setting('tracker.data_version_bumped_in', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('tracker.data_version_bumped_in', txid_current()::text, true);
    UPDATE "DataVersion" SET "value" = "value" + 1 WHERE "id" = 1;
  END IF;
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
    EXECUTE format('DROP TRIGGER %I ON %I', target || '_bumps_data_version', target);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION tracker_bump_data_version()',
      target || '_bumps_data_version', target
    );
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION tracker_bump_data_version()',
      target || '_truncate_bumps_data_version', target
    );
  END LOOP;
END;
$$;
