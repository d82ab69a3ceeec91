#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the Prisma CLI
// downloads from binaries.prisma.sh: unreachable on our machines. The CLI runs
// whatever PRISMA_SCHEMA_ENGINE_BINARY names (set in prisma.config.ts), so this
// script speaks the native engine's command line and JSON-RPC over stdio, and
// hands each request to the official WebAssembly build of the same engine
// version (@prisma/schema-engine-wasm), connected through @prisma/adapter-pg.
// Why: docs/decisions/0002-prisma-offline-schema-engine.md. Tested by
// scripts/prisma-schema-engine.test.ts (a full migration cycle).
//
// The CLI passes the datasource, password included, on our command line:
// scripts/lib/tools.ts runs the CLI with DATABASE_URL stripped of its password
// (given as PGPASSWORD, which pg reads), and this import, first of all, hides
// whatever password does come from the command line (issue 9, finding 17).
import './lib/hide-datasource-argument.mjs';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import * as wasmGlue from '@prisma/schema-engine-wasm/schema_engine_bg';

const { values: args, positionals } = parseArgs(process.argv.slice(2));

// Node 20 cannot `import` a .wasm module, so the package's own entry point is
// unusable: wire its glue code to the module by hand.
async function loadWasmEngine() {
  const wasmUrl = new URL(
    'schema_engine_bg.wasm',
    import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'),
  );
  const { instance } = await WebAssembly.instantiate(await readFile(wasmUrl), {
    './schema_engine_bg.js': wasmGlue,
  });
  wasmGlue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return wasmGlue;
}

// The engine reports a Rust panic's message through this global before it throws.
let panicMessage = null;
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panicMessage = message) };

// Postgres' one-byte "char" type (pg_catalog columns such as contype, relkind)
// is unknown to the adapter, which throws on it. The engine reads such columns
// as a Rust char and panics on text (first seen with the check constraints the
// describer lists by contype): let pg parse them as text, remember which
// columns they were (by the result's rows array, which the adapter passes on),
// and report those as Character columns.
const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumns = new WeakMap();
const { addFields } = pg.Result.prototype;
pg.Result.prototype.addFields = function (fields) {
  const indices = [];
  fields.forEach((field, i) => {
    if (field.dataTypeID !== CHAR_OID) return;
    field.dataTypeID = TEXT_OID;
    indices.push(i);
  });
  if (indices.length) charColumns.set(this.rows, indices);
  return addFields.call(this, fields);
};
function withCharColumns(resultSet) {
  for (const i of charColumns.get(resultSet.rows) ?? []) {
    resultSet.columnTypes[i] = ColumnTypeEnum.Character;
  }
  return resultSet;
}

// Postgres 18 also stores NOT NULL as pg_constraint rows of type 'n', which
// this engine version's describer does not know and chokes on.
const fixSql = (sql) =>
  sql.replace("contype NOT IN ('p', 'u', 'f')", "contype NOT IN ('p', 'u', 'f', 'n')");

// Applies the two fixes above to the queries of the adapter or a transaction.
function patchQueries(queryable) {
  const { queryRaw } = queryable;
  queryable.queryRaw = async (query) =>
    withCharColumns(await queryRaw.call(queryable, { ...query, sql: fixSql(query.sql) }));
  return queryable;
}

function connectionOptions(url) {
  return { schema: new URL(url).searchParams.get('schema') ?? undefined };
}

function withDatabase(url, database) {
  const copy = new URL(url);
  copy.pathname = `/${encodeURIComponent(database)}`;
  return copy.toString();
}

// Wraps PrismaPg's adapter: its executeScript splits scripts on every `;`,
// which breaks any migration with a function body, DO block or string
// containing one. One simple-protocol query runs the whole script, as the
// native engine does.
async function openAdapter(url, onDispose) {
  if (!url) throw new Error('This command needs a database: set DATABASE_URL.');
  const adapter = await new PrismaPg(url, connectionOptions(url)).connect();
  const { dispose } = adapter;
  patchQueries(adapter);
  const { startTransaction } = adapter;
  adapter.startTransaction = async (...args) =>
    patchQueries(await startTransaction.apply(adapter, args));
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  adapter.dispose = async () => {
    await dispose.call(adapter);
    await onDispose?.();
  };
  return adapter;
}

// `migrate dev` and `migrate diff --from-migrations` replay the migrations
// into a scratch database. PrismaPg.connectToShadowDb() would silently reuse
// the main database (its connection string overrides the database name), so
// create and drop the scratch database ourselves, unless the config names one.
function adapterFactory({ url, shadowDatabaseUrl }) {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => openAdapter(url),
    async connectToShadowDb() {
      if (shadowDatabaseUrl) return openAdapter(shadowDatabaseUrl);
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      const drop = () => runOnServer(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await runOnServer(url, `CREATE DATABASE "${name}"`);
      shadowDrops.add(drop);
      return openAdapter(withDatabase(url, name), async () => {
        shadowDrops.delete(drop);
        await drop();
      });
    },
  };
}

// Drops of the shadow databases not disposed of yet: run on a fatal error too.
const shadowDrops = new Set();

async function runOnServer(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// The CLI parses the engine's stderr as JSON log lines, like tracing's output.
function log(level, fields) {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields,
    target: 'schema_engine::logger',
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

// `cli can-connect-to-database` and `cli create-database` run before anything
// else, as one-shot processes; the CLI reads their errors from stderr with the
// native error codes (P1003 makes it offer to create the database).
const cliErrorCodes = {
  '3D000': 'P1003',
  '28P01': 'P1000',
  ECONNREFUSED: 'P1001',
  ENOTFOUND: 'P1001',
};

async function runCliCommand(command, url) {
  // The CLI drops the first stderr line before it parses the rest.
  process.stderr.write('schema-engine shim\n');
  const { host, pathname } = new URL(url);
  const database = decodeURIComponent(pathname.slice(1)) || 'postgres';
  const create = `CREATE DATABASE "${database.replaceAll('"', '""')}"`;
  try {
    if (command === 'can-connect-to-database') await runOnServer(url, 'SELECT 1');
    else if (command === 'create-database')
      await runOnServer(withDatabase(url, 'postgres'), create);
    else throw new Error(`Unsupported command: cli ${command}`);
    return 0;
  } catch (error) {
    const code = cliErrorCodes[error.code];
    const message =
      code === 'P1003'
        ? `Database \`${database}\` does not exist on the database server at \`${host}\`.`
        : error.message;
    log('ERROR', { message, ...(code && { error_code: code }) });
    return 1;
  }
}

// The CLI's name for a method, when it differs from the wasm engine's.
const methodNames = { getDatabaseVersion: 'version' };

// The native engine's error shape: the CLI shows data.message, and acts on
// data.error_code (P3006, P3005, ...) and data.is_panic.
function rpcError(id, error) {
  const isPanic = error instanceof WebAssembly.RuntimeError;
  const message = (isPanic && panicMessage) || error.message || String(error);
  const data = {
    is_panic: isPanic,
    message,
    meta: error.meta ?? null,
    error_code: error.code ?? null,
  };
  // For a panic, the CLI shows error.message (and keeps data.message for its
  // panic report): make that the panic's message.
  const summary = isPanic ? message : 'Schema engine error';
  return { jsonrpc: '2.0', id, error: { code: 4466, message: summary, data } };
}

async function serveJsonRpc() {
  const datasource = JSON.parse(args.datasource ?? '{}');
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory(datasource));
  // The wasm engine connects as it starts, the native one only when a command
  // needs to. Start it with the first request, so that a connection failure
  // reaches the CLI as that request's error: if the process died before any
  // request, the CLI would wait for no answer and exit 0 without a word.
  let starting;
  const startEngine = async () => {
    const paths = args.datamodels ?? [];
    const datamodels = await Promise.all(paths.map(async (p) => [p, await readFile(p, 'utf8')]));
    const { SchemaEngine } = await loadWasmEngine();
    const forwardLog = (line) => process.stderr.write(`${line.trimEnd()}\n`);
    return SchemaEngine.new(
      { datamodels: paths.length ? datamodels : undefined },
      forwardLog,
      factory,
    );
  };
  const getEngine = () => (starting ??= startEngine());

  // An exception thrown by our JS side reaches us as "External error id#N";
  // the original is kept in the adapter's error registry.
  const original = (error) => {
    const id = /External error id#(\d+)/.exec(error?.message ?? '')?.[1];
    return (id && factory.errorRegistry.consumeError(Number(id))?.error) || error;
  };

  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  // `migrate diff` output goes back to the CLI as a reverse `print` request,
  // as the native engine does; the CLI prints it (or captures it for --output).
  let nextPrintId = 1;
  const pendingPrints = new Map();
  const print = (content) =>
    new Promise((resolve) => {
      const id = `print-${nextPrintId++}`;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });

  // evaluateDataLoss and createMigration get no adapter factory in the wasm
  // build: they only read the schema of the migration history from a cache
  // that diagnoseMigrationHistory fills, keyed by the applied migrations. When
  // `migrate dev` has just applied pending migrations, that entry is missing:
  // fill it, then ask again.
  const readsHistoryCache = new Set(['evaluateDataLoss', 'createMigration']);
  async function call(name, params) {
    const engine = await getEngine();
    if (name === 'free' || typeof engine[name] !== 'function') throw new Error(`No method ${name}`);
    try {
      return await engine[name](params);
    } catch (error) {
      if (!readsHistoryCache.has(name) || !/shadow DB must be provided/.test(error.message)) {
        throw error;
      }
      const { migrationsList, filters } = params;
      await engine.diagnoseMigrationHistory({
        migrationsList,
        filters,
        optInToShadowDatabase: true,
      });
      return await engine[name](params);
    }
  }

  async function handle({ id, method, params }) {
    answerPending = (error) => send(rpcError(id, error));
    try {
      const name = methodNames[method] ?? method;
      const result = await call(name, params);
      if (name === 'diff' && result.stdout) {
        await print(result.stdout.replace(/\n$/, ''));
        return send({ jsonrpc: '2.0', id, result: { ...result, stdout: null } });
      }
      send({ jsonrpc: '2.0', id, result: result ?? {} });
    } catch (error) {
      send(rpcError(id, original(error)));
    } finally {
      answerPending = null;
    }
  }

  // The wasm engine is not re-entrant: one request at a time.
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method !== undefined) {
      queue = queue.then(() => handle(message));
    } else {
      pendingPrints.get(message.id)?.();
      pendingPrints.delete(message.id);
    }
  });
  await new Promise((resolve) => lines.on('close', resolve));
  await queue;
}

function parseArgs(argv) {
  const values = {};
  const positionals = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--version' || arg === '-V') values.version = true;
    else if (arg === '--datamodels') (values.datamodels ??= []).push(argv[++i]);
    else if (arg.startsWith('--')) values[arg.slice(2)] = argv[++i];
    else positionals.push(arg);
  }
  return { values, positionals };
}

// Some engine failures surface as uncaught exceptions, not as the rejection of
// the call: malformed params, and a Rust panic, which traps the wasm engine
// (RuntimeError "unreachable") in a callback of its own task queue and leaves
// the request unanswered. A process that exits without answering makes the CLI
// exit 0 without a word (`migrate diff` printing nothing): answer the pending
// request with the error, as the native engine does, log it, and exit (the
// engine's state is lost after a trap). The engine never disposes of its
// shadow database then: drop it first.
let answerPending = null;
let exiting = false;
process.on('uncaughtException', async (error) => {
  if (exiting) return;
  exiting = true;
  const message = (error instanceof WebAssembly.RuntimeError && panicMessage) || error.message;
  log('ERROR', { message });
  // Before the answer: on an error the CLI stops (kills) the engine at once.
  const timeout = new Promise((resolve) => setTimeout(resolve, 5000).unref());
  await Promise.race([Promise.allSettled([...shadowDrops].map((drop) => drop())), timeout]);
  answerPending?.(error);
  process.exit(1);
});

if (args.version) {
  const { version } = await loadWasmEngine();
  process.stdout.write(`schema-engine-cli ${version()}\n`);
} else if (positionals[0] === 'cli') {
  process.exitCode = await runCliCommand(positionals[1], JSON.parse(args.datasource).url);
} else {
  await serveJsonRpc();
  process.exit(0);
}
