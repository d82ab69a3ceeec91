// The production server: Next's request handler behind a plain Node HTTP
// server, so that the client's address comes from the socket (and the
// configured trusted proxies) rather than from headers anyone can send.
// `next start` keeps a client's X-Forwarded-For as sent (issue 9, finding 5).
// Usage: node scripts/serve.mjs [port]   (PORT and
// TRUSTED_PROXY_HOPS from the environment; the build must exist).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';

const require = createRequire(import.meta.url);
const { clientAddressOf, trustedProxyHops } = require('../lib/client-address.js');
const { ACTION_BODY_LIMIT_BYTES } = require('../lib/body-limit.js');

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);

let hops;
try {
  hops = trustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

// Headers only a trusted proxy may set: without one, the client's are dropped
// and Next fills them in from the connection.
const PROXY_HEADERS = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'];

// A workaround for memory held by Next 16 and React's server renderer
// (vercel/next.js#97316, react#37288): renders are ended with
// AbortController.abort(reason), and V8 keeps an Error's call sites until its
// `stack` is read, which nobody does; each call site holds its function's
// closure, so an aborted render's page stayed reachable through the reason.
// Reading `stack` once turns the call sites into a string. Measured with
// `npm run soak` (10 minutes, 4 readers, 2 analysts): the live heap settled at
// about 177 MiB after 8 minutes with it, about 200 MiB after 10 without.
const abort = AbortController.prototype.abort;
AbortController.prototype.abort = function abortAndLetGo(reason) {
  const result = abort.call(this, reason);
  const kept = this.signal.reason;
  if (kept !== null && typeof kept === 'object' && 'stack' in kept) void kept.stack;
  return result;
};

const app = next({ dev: false, dir, port });
const handle = app.getRequestHandler();
await app.prepare();

// Set by the app (lib/db-errors.ts, from instrumentation.ts) when a request
// failed because the database did not answer: errors answered soon after are
// 503 with Retry-After, so browsers, proxies and monitors know to come back.
const OUTAGE_MARK = Symbol.for('tracker.databaseUnavailableAt');
const OUTAGE_WINDOW_MS = 10_000;

function answer503DuringOutage(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (statusCode, ...rest) {
    const markedAt = globalThis[OUTAGE_MARK];
    if (statusCode >= 500 && markedAt && Date.now() - markedAt < OUTAGE_WINDOW_MS) {
      statusCode = 503;
      this.statusCode = 503;
      this.setHeader('Retry-After', '5');
      this.setHeader('Cache-Control', 'no-store');
    }
    return writeHead.call(this, statusCode, ...rest);
  };
}

// Next answers a body over its limit with a 500 after reading it: say what
// is wrong before reading anything. Browsers send a form's length.
function refuseOversizedBody(req, res) {
  if (req.method !== 'POST' && req.method !== 'PUT' && req.method !== 'PATCH') return false;
  const length = Number(req.headers['content-length']);
  if (!(length > ACTION_BODY_LIMIT_BYTES)) return false;
  // No `Connection: close`: closing while the client still sends gives it a
  // broken pipe instead of this answer. Node discards the rest of the body
  // once the answer is sent (without keeping it), bounded by requestTimeout.
  res.writeHead(413, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(
    `The form is larger than ${Math.round(ACTION_BODY_LIMIT_BYTES / 1024 / 1024)} MB: nothing was saved. Shorten the text and try again.\n`,
  );
  return true;
}

const server = createServer((req, res) => {
  if (refuseOversizedBody(req, res)) return;
  answer503DuringOutage(res);
  req.headers['x-forwarded-for'] = clientAddressOf(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    hops,
  );
  delete req.headers['x-real-ip'];
  if (hops === 0) for (const name of PROXY_HEADERS) delete req.headers[name];
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, () => {
  console.log(`Serving on http://localhost:${port}`);
});

// Under `npm run soak` (node --expose-gc): SIGUSR2 collects all garbage and
// reports the live heap on standard error, which tells a leak from a
// collector that is merely in no hurry (resident memory cannot).
if (typeof globalThis.gc === 'function') {
  process.on('SIGUSR2', () => {
    globalThis.gc();
    const { heapUsed, rss, external } = process.memoryUsage();
    process.stderr.write(`[memory after gc] ${JSON.stringify({ heapUsed, external, rss })}\n`);
  });
}

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
