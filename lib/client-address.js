// @ts-check
// Who is asking: the peer of the TCP connection, unless the operator says how
// many proxies of theirs stand in front of the app (TRUSTED_PROXY_HOPS). Read
// by the server (scripts/serve.mjs), which writes the answer into
// X-Forwarded-For before Next sees the request, so everything in the app (the
// sign-in throttle, the audit log) reads one address it can trust. A client's
// own X-Forwarded-For is never believed beyond the trusted hops (issue 9,
// finding 5). CommonJS, like lib/csp.js, so the plain-Node server can load it.

/**
 * @param {string | undefined} value
 * @returns {number}
 */
function trustedProxyHops(value) {
  if (value === undefined || value.trim() === '') return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${value}"`);
  }
  return hops;
}

/**
 * The client's address. With no trusted hop, the socket's peer; with N, the
 * address N steps to the left of the peer in the chain X-Forwarded-For + peer
 * (each trusted proxy appends the address it saw), or the leftmost when the
 * chain is shorter.
 * @param {string | undefined} peer the socket's remote address
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s) as received
 * @param {number} hops
 * @returns {string}
 */
function clientAddressOf(peer, forwardedFor, hops) {
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  chain.push(peer || 'unknown');
  return chain[Math.max(0, chain.length - 1 - hops)] ?? 'unknown';
}

module.exports = { clientAddressOf, trustedProxyHops };
