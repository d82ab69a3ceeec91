#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the Prisma CLI
// downloads from binaries.prisma.sh: unreachable on our machines. The CLI runs
// whatever PRISMA_SCHEMA_ENGINE_BINARY names (set in prisma.config.ts), so this
// script speaks the native engine's command line and JSON-RPC over stdio, and
// hands each request to the official WebAssembly build of the same engine
// version (@prisma/schema-engine-wasm), connected through @prisma/adapter-pg.
// Why: docs/decisions/0002-prisma-offline-schema-engine.md. Tested by
// scripts/prisma-schema-engine.test.ts (a full migration cycle).
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
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
// is unknown to the adapter, which throws on it; its values are plain text.
const CHAR_OID = 18;
const TEXT_OID = 25;
const { addFields } = pg.Result.prototype;
pg.Result.prototype.addFields = function (fields) {
  for (const field of fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  return addFields.call(this, fields);
};

// Postgres 18 also stores NOT NULL as pg_constraint rows of type 'n', which
// this engine version's describer does not know and chokes on.
const fixSql = (sql) =>
  sql.replace("contype NOT IN ('p', 'u', 'f')", "contype NOT IN ('p', 'u', 'f', 'n')");

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
  const { queryRaw, dispose } = adapter;
  adapter.queryRaw = async (query) => {
    const fs = await import('node:fs');
    fs.appendFileSync('/tmp/shimlog.txt', `SQL: ${query.sql}\nARGS: ${JSON.stringify(query.args)}\n`);
    try {
      const r = await queryRaw.call(adapter, { ...query, sql: fixSql(query.sql) });
      fs.appendFileSync('/tmp/shimlog.txt', `RESULT: ${JSON.stringify(r, (k, v) => typeof v === 'bigint' ? v.toString() : v).slice(0, 4000)}\n`);
      return r;
    } catch (e) { fs.appendFileSync('/tmp/shimlog.txt', `ERR: ${e}\n`); throw e; }
  };
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
      await runOnServer(url, `CREATE DATABASE "${name}"`);
      return openAdapter(withDatabase(url, name), () =>
        runOnServer(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

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
  return { jsonrpc: '2.0', id, error: { code: 4466, message: 'Schema engine error', data } };
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

// Some engine failures (malformed params, for one) surface as uncaught
// exceptions: report them the way the native engine does before it exits.
process.on('uncaughtException', (error) => {
  log('ERROR', { message: error.message });
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
