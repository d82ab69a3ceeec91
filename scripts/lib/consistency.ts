// The invariants of the stored tracker, checked in SQL after a soak (or any
// time): evidence is verbatim and in place, current statuses follow from the
// history, and history is only ever appended to.
import type pg from 'pg';
import { verifyAnchor } from '@/lib/evidence';
import type { Status } from '@/lib/generated/prisma/enums';
import { currentStatus, standingChanges, type StatusChangeFacts } from '@/lib/status-history';

export interface CheckResult {
  name: string;
  checked: number;
  /** One line per violation. */
  failures: string[];
}

/** Fingerprints of the rows that must never change: status history and source texts. */
export interface HistorySnapshot {
  statusChanges: Map<string, string>;
  sourceVersions: Map<string, string>;
}

export async function snapshotHistory(client: pg.ClientBase | pg.Pool): Promise<HistorySnapshot> {
  const changes = await client.query<{ id: string; digest: string }>(
    `SELECT id, md5(ROW(id, "itemId", status, "effectiveOn", note, "correctsId", "authorId", "createdAt")::text) AS digest
       FROM "StatusChange"`,
  );
  const versions = await client.query<{ id: string; digest: string }>(
    `SELECT id, md5(ROW(id, "sourceId", number, sha256, md5(text))::text) AS digest FROM "SourceVersion"`,
  );
  return {
    statusChanges: new Map(changes.rows.map((row) => [row.id, row.digest])),
    sourceVersions: new Map(versions.rows.map((row) => [row.id, row.digest])),
  };
}

/**
 * Every statement's quote and position selectors match the text of the
 * source version it points at (lib/evidence/verify.ts, the check the server
 * applies when a quote is saved), that version is of the statement's source,
 * and a live anchored statement is on its source's newest version (a
 * revision moves them all, lib/data/workspace/source-revision.ts).
 */
async function checkStatements(client: pg.ClientBase | pg.Pool): Promise<CheckResult> {
  const { rows } = await client.query<{
    id: string;
    sourceId: string;
    versionSourceId: string;
    versionId: string;
    number: number;
    latestVersion: number;
    anchorState: 'ANCHORED' | 'ORPHANED';
    archived: boolean;
    quote: string;
    prefix: string;
    suffix: string;
    start: number;
    end: number;
  }>(
    `SELECT s.id, s."sourceId", v."sourceId" AS "versionSourceId", v.id AS "versionId", v.number,
            src."latestVersion", s."anchorState", s."archivedAt" IS NOT NULL AS archived,
            s.quote, s.prefix, s.suffix, s.start, s."end"
       FROM "Statement" s
       JOIN "SourceVersion" v ON v.id = s."sourceVersionId"
       JOIN "Source" src ON src.id = s."sourceId"
      ORDER BY s."sourceVersionId", s.id`,
  );
  const failures: string[] = [];
  let text = '';
  let textOf = '';
  for (const row of rows) {
    if (row.versionId !== textOf) {
      const version = await client.query<{ text: string }>(
        `SELECT text FROM "SourceVersion" WHERE id = $1`,
        [row.versionId],
      );
      text = version.rows[0]!.text;
      textOf = row.versionId;
    }
    const verdict = verifyAnchor(text, {
      quote: {
        type: 'TextQuoteSelector',
        exact: row.quote,
        prefix: row.prefix,
        suffix: row.suffix,
      },
      position: { type: 'TextPositionSelector', start: row.start, end: row.end },
    });
    if (!verdict.ok)
      failures.push(`statement ${row.id} (version ${row.number}): ${verdict.message}`);
    if (row.versionSourceId !== row.sourceId)
      failures.push(`statement ${row.id}: its text is of source ${row.versionSourceId}`);
    if (row.anchorState === 'ANCHORED' && !row.archived && row.number !== row.latestVersion)
      failures.push(
        `statement ${row.id}: anchored on version ${row.number}, the source is at version ${row.latestVersion}`,
      );
  }
  return { name: 'statements anchored', checked: rows.length, failures };
}

/**
 * Every item's stored currentStatus and statusSince (kept by a trigger,
 * migration 20261130060000) equal lib/status-history.ts's derivation from
 * its history, read in the order the app reads it (effective day, recording
 * time, id).
 */
async function checkCurrentStatuses(client: pg.ClientBase | pg.Pool): Promise<CheckResult> {
  const items = await client.query<{
    id: string;
    currentStatus: Status;
    statusSince: string | null;
  }>(
    `SELECT id, "currentStatus", to_char("statusSince", 'YYYY-MM-DD') AS "statusSince" FROM "Item" ORDER BY id`,
  );
  const changes = await client.query<StatusChangeFacts & { itemId: string }>(
    `SELECT id, "itemId", status, to_char("effectiveOn", 'YYYY-MM-DD') AS "effectiveOn",
            to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", "correctsId"
       FROM "StatusChange" ORDER BY "effectiveOn", "createdAt", id`,
  );
  const byItem = new Map<string, StatusChangeFacts[]>();
  const itemOf = new Map<string, string>();
  for (const { itemId, ...facts } of changes.rows) {
    itemOf.set(facts.id, itemId);
    const list = byItem.get(itemId) ?? [];
    list.push(facts);
    byItem.set(itemId, list);
  }
  const failures: string[] = [];
  for (const item of items.rows) {
    const history = byItem.get(item.id) ?? [];
    const derived = currentStatus(history);
    const since = standingChanges(history).at(-1)?.effectiveOn ?? null;
    if (item.currentStatus !== derived || item.statusSince !== since)
      failures.push(
        `item ${item.id}: stored ${item.currentStatus} since ${item.statusSince ?? '-'}, history says ${derived} since ${since ?? '-'} (${history.length} rows)`,
      );
  }
  for (const row of changes.rows) {
    if (row.correctsId && itemOf.get(row.correctsId) !== row.itemId)
      failures.push(`status change ${row.id} corrects ${row.correctsId}, not a row of its item`);
  }
  return { name: 'current statuses derivable', checked: items.rows.length, failures };
}

/** Rows of `before` missing or different now: the history was not append-only. */
function compareSnapshots(
  name: string,
  before: Map<string, string>,
  after: Map<string, string>,
): CheckResult {
  const failures: string[] = [];
  for (const [id, digest] of before) {
    const now = after.get(id);
    if (now === undefined) failures.push(`${id} was deleted`);
    else if (now !== digest) failures.push(`${id} was changed`);
  }
  return { name, checked: before.size, failures };
}

export async function checkConsistency(
  client: pg.ClientBase | pg.Pool,
  before?: HistorySnapshot,
): Promise<CheckResult[]> {
  const results = [await checkStatements(client), await checkCurrentStatuses(client)];
  if (before) {
    const after = await snapshotHistory(client);
    results.push(
      compareSnapshots('status history append-only', before.statusChanges, after.statusChanges),
      compareSnapshots('source texts unchanged', before.sourceVersions, after.sourceVersions),
    );
  }
  return results;
}
