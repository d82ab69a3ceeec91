// Backup and restore: the whole database as one versioned JSON file, and back
// into an empty, migrated database in one transaction. Used by
// scripts/data-export.ts and scripts/data-import.ts; see
// docs/decisions/0014-backup-format.md.
//
// PostgreSQL writes and reads the rows (row_to_json, jsonb_populate_recordset),
// so every value goes through its own type's text form and back: timestamps
// keep their milliseconds, bigints and JSON numbers their digits. JavaScript
// only checks the file's structure and lays out the lines.
import type pg from 'pg';

export const BACKUP_FORMAT = 'csto-presidency-tracker-backup';
export const BACKUP_VERSION = 1;

/**
 * Every model of prisma/schema.prisma, parents before children: the order of
 * the file and of the import (foreign keys are checked row by row). A
 * milestone may name its evidence statement, so it follows Statement.
 */
export const BACKUP_TABLES = [
  'Presidency',
  'User',
  'PriorityArea',
  'Item',
  'Source',
  'SourceVersion',
  'Statement',
  'Milestone',
  'StatementItem',
  'StatusChange',
  'StatusChangeEvidence',
  'Annotation',
  'SuggestionDismissal',
  'FinalisationDraft',
  'Revision',
  'SignInAttempt',
  'DataVersion',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * Columns naming a row of their own table. A correction must follow the row it
 * corrects (a trigger checks it on insert), whatever their ids' order.
 */
const SELF_REFERENCES: Partial<Record<BackupTable, string>> = {
  StatusChange: 'correctsId',
  Statement: 'sameRemarkAsId',
};

/**
 * Written as User.passwordHash when the file carries no hashes. The column is
 * required; lib/passwords.ts's verifyPassword treats an empty hash as no
 * password (never matches, and takes as long as for an unknown email).
 */
export const NO_PASSWORD_HASH = '';

/**
 * Models whose rows are written by the migrations themselves (search's synonym
 * dictionary, from lib/search/synonyms.ts): part of the schema, which the
 * target already has, so never in a backup.
 */
export const SCHEMA_TABLES = ['SearchSynonym'] as const;

/** Prisma's own bookkeeping and the schema's rows, which the target already has. */
const NOT_DATA = new Set<string>(['_prisma_migrations', ...SCHEMA_TABLES]);

/** A refusal or failure meant for the operator: one line, nothing written. */
export class BackupError extends Error {}

interface TableShape {
  /** Stored (not generated) columns, in the table's order. */
  columns: string[];
  /** Primary-key columns, in key order. */
  key: string[];
  /** Columns of a character type, sorted byte-wise (COLLATE "C") for a stable order. */
  textual: Set<string>;
  /** Columns filled from a sequence (serial or identity). */
  sequenced: string[];
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function readShapes(client: pg.ClientBase): Promise<Map<BackupTable, TableShape>> {
  const tables = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const present = new Set(tables.rows.map((row) => row.table_name));
  const missing = BACKUP_TABLES.filter((table) => !present.has(table));
  if (missing.length > 0)
    throw new BackupError(
      `The database ${missing.length === BACKUP_TABLES.length ? "has none of the tracker's tables" : `lacks the tables ${missing.join(', ')}`}: apply the migrations first (npm run db:deploy).`,
    );
  const known = new Set<string>(BACKUP_TABLES);
  const unknown = [...present].filter((table) => !known.has(table) && !NOT_DATA.has(table));
  if (unknown.length > 0)
    throw new BackupError(
      `The database has tables the backup format does not know: ${unknown.sort().join(', ')}.`,
    );

  const columns = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_generated: string;
    sequenced: boolean;
  }>(
    `SELECT table_name, column_name, data_type, is_generated,
            (column_default LIKE 'nextval(%' OR is_identity = 'YES') AS sequenced
     FROM information_schema.columns
     WHERE table_schema = current_schema()
     ORDER BY table_name, ordinal_position`,
  );
  const keys = await client.query<{ table_name: string; column_name: string }>(
    `SELECT k.table_name, k.column_name
     FROM information_schema.table_constraints c
     JOIN information_schema.key_column_usage k
       ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
     WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = current_schema()
     ORDER BY k.table_name, k.ordinal_position`,
  );
  const shapes = new Map<BackupTable, TableShape>();
  for (const table of BACKUP_TABLES) {
    const own = columns.rows.filter((row) => row.table_name === table);
    shapes.set(table, {
      columns: own.filter((row) => row.is_generated === 'NEVER').map((row) => row.column_name),
      key: keys.rows.filter((row) => row.table_name === table).map((row) => row.column_name),
      textual: new Set(
        own
          .filter((row) => ['text', 'character varying', 'character'].includes(row.data_type))
          .map((row) => row.column_name),
      ),
      sequenced: own.filter((row) => row.sequenced).map((row) => row.column_name),
    });
  }
  return shapes;
}

/** The columns a file carries for `table`. */
function fileColumns(table: BackupTable, shape: TableShape, passwordHashes: boolean): string[] {
  return table === 'User' && !passwordHashes
    ? shape.columns.filter((column) => column !== 'passwordHash')
    : shape.columns;
}

export interface ExportOptions {
  /** Include User.passwordHash (off by default: the file then holds no credentials). */
  withPasswordHashes?: boolean;
}

/**
 * Everything in the database as the text of one backup file. Read in one
 * snapshot (REPEATABLE READ), tables in BACKUP_TABLES order, rows by primary
 * key (byte-wise), one row a line: the same data always gives the same bytes.
 */
export async function exportDatabase(
  client: pg.ClientBase,
  options: ExportOptions = {},
): Promise<string> {
  const passwordHashes = options.withPasswordHashes ?? false;
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const shapes = await readShapes(client);
    const sections: string[] = [];
    for (const table of BACKUP_TABLES) {
      const shape = shapes.get(table)!;
      const columns = fileColumns(table, shape, passwordHashes).map(ident).join(', ');
      const order = shape.key
        .map((column) => `r.${ident(column)}${shape.textual.has(column) ? ' COLLATE "C"' : ''}`)
        .join(', ');
      const { rows } = await client.query<{ row: string }>(
        `SELECT row_to_json(r)::text AS row
         FROM (SELECT ${columns} FROM ${ident(table)}) r
         ORDER BY ${order}`,
      );
      const body =
        rows.length === 0 ? '[]' : `[\n${rows.map((r) => `      ${r.row}`).join(',\n')}\n    ]`;
      sections.push(`    ${JSON.stringify(table)}: ${body}`);
    }
    await client.query('COMMIT');
    return [
      '{',
      `  "format": ${JSON.stringify(BACKUP_FORMAT)},`,
      `  "version": ${BACKUP_VERSION},`,
      `  "passwordHashes": ${passwordHashes},`,
      '  "tables": {',
      sections.join(',\n'),
      '  }',
      '}',
      '',
    ].join('\n');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

interface BackupFile {
  passwordHashes: boolean;
  tables: Record<BackupTable, Record<string, unknown>[]>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks what a file says it is and its layout; its values are PostgreSQL's to check. */
export function parseBackup(text: string): BackupFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupError('Not a backup file: it is not JSON.');
  }
  if (!isPlainObject(value) || value.format !== BACKUP_FORMAT)
    throw new BackupError(
      `Not a backup of this tracker: format ${JSON.stringify(isPlainObject(value) ? value.format : undefined) ?? 'missing'}, expected "${BACKUP_FORMAT}".`,
    );
  if (value.version !== BACKUP_VERSION)
    throw new BackupError(
      `Backup format version ${JSON.stringify(value.version) ?? 'missing'} is not supported: this tracker reads version ${BACKUP_VERSION}.`,
    );
  if (typeof value.passwordHashes !== 'boolean')
    throw new BackupError('Damaged backup file: "passwordHashes" must be true or false.');
  const tables = value.tables;
  if (!isPlainObject(tables)) throw new BackupError('Damaged backup file: "tables" is missing.');
  const known = new Set<string>(BACKUP_TABLES);
  const unknown = Object.keys(tables).filter((table) => !known.has(table));
  if (unknown.length > 0)
    throw new BackupError(`Damaged backup file: unknown tables ${unknown.join(', ')}.`);
  for (const table of BACKUP_TABLES) {
    const rows = tables[table];
    if (!Array.isArray(rows) || !rows.every(isPlainObject))
      throw new BackupError(`Damaged backup file: "${table}" is not a list of rows.`);
  }
  return {
    passwordHashes: value.passwordHashes,
    tables: tables as BackupFile['tables'],
  };
}

function checkColumns(file: BackupFile, shapes: Map<BackupTable, TableShape>) {
  for (const table of BACKUP_TABLES) {
    const expected = fileColumns(table, shapes.get(table)!, file.passwordHashes);
    const expectedSet = new Set(expected);
    for (const row of file.tables[table]) {
      const keys = Object.keys(row);
      if (keys.length === expected.length && keys.every((key) => expectedSet.has(key))) continue;
      const missing = expected.filter((column) => !(column in row));
      const extra = keys.filter((key) => !expectedSet.has(key));
      const details = [
        missing.length > 0 ? `missing ${missing.join(', ')}` : '',
        extra.length > 0 ? `unknown ${extra.join(', ')}` : '',
      ].filter(Boolean);
      throw new BackupError(
        `The backup's ${table} rows do not match this database's columns (${details.join('; ')}): it was written with another schema version.`,
      );
    }
  }
}

function describeFailure(step: string, error: unknown): BackupError {
  if (error instanceof BackupError) return error;
  const pgError = error as { message?: string; detail?: string };
  const reason = [pgError.message ?? String(error), pgError.detail]
    .filter(Boolean)
    .map((part) => part!.trim().replace(/\.?$/, '.'))
    .join(' ')
    .replace(/\s+/g, ' ');
  return new BackupError(`Import failed (${step}): ${reason} Nothing was written.`);
}

export interface ImportResult {
  passwordHashes: boolean;
  rows: Record<BackupTable, number>;
}

/**
 * Loads a backup file into an empty, migrated database: all of it in one
 * transaction, or nothing. Refuses (BackupError, one line) a file of another
 * format or version, a database that is not migrated or not empty, rows whose
 * columns differ from the database's.
 */
export async function importDatabase(client: pg.ClientBase, text: string): Promise<ImportResult> {
  const file = parseBackup(text);
  await client.query('BEGIN');
  let step = 'checking the database';
  try {
    // Waits for no writer for long: a busy database is not an empty one.
    await client.query(`SET LOCAL lock_timeout = '10s'`);
    const shapes = await readShapes(client);
    checkColumns(file, shapes);
    // No one else writes until the import commits (readers see the empty database).
    await client.query(`LOCK TABLE ${BACKUP_TABLES.map(ident).join(', ')} IN EXCLUSIVE MODE`);
    const occupied = await client.query<{ name: string }>(
      BACKUP_TABLES.filter((name) => name !== 'DataVersion')
        .map((name) => `SELECT '${name}' AS name WHERE EXISTS (SELECT 1 FROM ${ident(name)})`)
        .join(' UNION ALL '),
    );
    if (occupied.rows.length > 0) {
      const names = new Set(occupied.rows.map((row) => row.name));
      throw new BackupError(
        `The database is not empty (rows in ${BACKUP_TABLES.filter((name) => names.has(name)).join(', ')}): import only into an empty, migrated database.`,
      );
    }
    const before = await client.query<{ value: string }>(
      'SELECT coalesce(max("value"), 0)::text AS value FROM "DataVersion"',
    );

    // The file goes to PostgreSQL as it is (no JavaScript numbers in between).
    await client.query(
      'CREATE TEMP TABLE tracker_backup_rows (name text PRIMARY KEY, rows jsonb NOT NULL) ON COMMIT DROP',
    );
    step = 'reading the file';
    await client.query(
      `INSERT INTO tracker_backup_rows (name, rows) SELECT key, value FROM jsonb_each($1::jsonb -> 'tables')`,
      [text],
    );

    for (const name of BACKUP_TABLES) {
      step = `table ${name}`;
      const shape = shapes.get(name)!;
      const columns = shape.columns.map(ident).join(', ');
      const values = shape.columns
        .map((column) =>
          name === 'User' && column === 'passwordHash' && !file.passwordHashes
            ? `'${NO_PASSWORD_HASH}'`
            : `r.${ident(column)}`,
        )
        .join(', ');
      const rows = `jsonb_populate_recordset(NULL::${ident(name)}, (SELECT rows FROM tracker_backup_rows WHERE name = '${name}')) r`;
      const expected = file.tables[name].length;

      if (name === 'DataVersion') {
        // A counter that must never go back (decision 0004): the file's value,
        // unless this database had already passed it. The bumps made by the
        // inserts above were never visible outside this transaction.
        await client.query(
          `INSERT INTO "DataVersion" (${columns})
           SELECT r."id", GREATEST(r."value", $1::bigint + 1) FROM ${rows}
           ON CONFLICT ("id") DO UPDATE SET "value" = EXCLUDED."value"`,
          [before.rows[0]!.value],
        );
        continue;
      }

      const self = SELF_REFERENCES[name];
      if (!self) {
        const inserted = await client.query(
          `INSERT INTO ${ident(name)} (${columns}) SELECT ${values} FROM ${rows}`,
        );
        if (inserted.rowCount !== expected)
          throw new BackupError(
            `Import failed (table ${name}): ${inserted.rowCount} of ${expected} rows written. Nothing was written.`,
          );
        continue;
      }
      // Rows naming a row of the same table go in rounds: first those naming
      // none, then those whose row is in, and so on.
      let written = 0;
      for (;;) {
        const round = await client.query(
          `INSERT INTO ${ident(name)} (${columns}) SELECT ${values} FROM ${rows}
           WHERE NOT EXISTS (SELECT 1 FROM ${ident(name)} t WHERE t."id" = r."id")
             AND (r.${ident(self)} IS NULL
                  OR EXISTS (SELECT 1 FROM ${ident(name)} t WHERE t."id" = r.${ident(self)}))`,
        );
        written += round.rowCount ?? 0;
        if (!round.rowCount) break;
      }
      if (written !== expected)
        throw new BackupError(
          `Import failed (table ${name}): ${expected - written} rows name a ${self} that is not in the file. Nothing was written.`,
        );
    }

    // Sequences continue after the imported ids. Last, just before the commit:
    // setval is not undone by a rollback.
    step = 'resetting the sequences';
    for (const name of BACKUP_TABLES) {
      for (const column of shapes.get(name)!.sequenced) {
        await client.query(
          `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${ident(column)}) FROM ${ident(name)}), 0) + 1, false)`,
          [ident(name), column],
        );
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw describeFailure(step, error);
  }
  const rows = Object.fromEntries(
    BACKUP_TABLES.map((name) => [name, file.tables[name].length]),
  ) as Record<BackupTable, number>;
  return { passwordHashes: file.passwordHashes, rows };
}
