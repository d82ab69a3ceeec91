// @ts-check
// Headers that are the same for every response, the public pages'
// Content-Security-Policy included; proxy.ts replaces it with a per-request
// nonce policy on signed-in pages (docs/decisions/0013).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { contentSecurityPolicy } = require('./lib/csp');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { ACTION_BODY_LIMIT_BYTES } = require('./lib/body-limit');

const securityHeaders = [
  {
    key: 'Content-Security-Policy',
    value: contentSecurityPolicy(null, { isDev: process.env.NODE_ENV === 'development' }),
  },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Public pages are ISR with revalidate = 1 (docs/decisions/0013). Expiring
  // them after 1 s too makes the first request after that wait for a fresh
  // render (concurrent ones share it) instead of being served the old page:
  // with a later expiry Next serves a page older than its revalidate time
  // stale without looking at its expired tags, so an analyst's own save would
  // not show on the next request.
  expireTime: 1,
  // Test runs build into their own folder (scripts/test-all.ts).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  typedRoutes: false,
  // `npm test` type-checks the whole project (tsc) before building; the build
  // need not do it again (and must not fail on a test file's types).
  typescript: { ignoreBuildErrors: true },
  // forbidden() for signed-in users without the role (lib/session.ts).
  experimental: {
    authInterrupts: true,
    // The largest valid form, a long article, is over Next's default of 1 MB.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;
