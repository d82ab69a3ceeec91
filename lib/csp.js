// @ts-check
// The one Content-Security-Policy, read by next.config.js (every response,
// prefetches included) and proxy.ts (a nonce for signed-in pages). CommonJS,
// since next.config.js requires it. docs/decisions/0013.

/**
 * With a nonce: pages rendered per request for a signed-in user (and the
 * sign-in form). Without: public pages, rendered once for every reader, whose
 * inline payload scripts neither a nonce nor fixed hashes can name.
 * @param {string | null} nonce
 * @param {{ isHttps?: boolean, isDev?: boolean }} [options]
 * @returns {string}
 */
function contentSecurityPolicy(nonce, { isHttps = false, isDev = false } = {}) {
  const allowEval = isDev ? " 'unsafe-eval'" : '';
  return [
    "default-src 'self'",
    nonce
      ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${allowEval}`
      : `script-src 'self' 'unsafe-inline'${allowEval}`,
    nonce ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

module.exports = { contentSecurityPolicy };
