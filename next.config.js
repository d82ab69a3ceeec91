// @ts-check
// Headers that are the same for every response, the public pages'
// Content-Security-Policy included; proxy.ts replaces it with a per-request
// nonce policy on signed-in pages (docs/decisions/0013).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { contentSecurityPolicy } = require('./lib/csp');

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
  // Public pages are ISR with revalidate = 1 (docs/decisions/0013): a shared
  // cache may serve a page up to a minute stale while it fetches a fresh one.
  expireTime: 60,
  // Test runs build into their own folder (scripts/test-all.ts).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  typedRoutes: false,
  // `npm test` type-checks the whole project (tsc) before building; the build
  // need not do it again (and must not fail on a test file's types).
  typescript: { ignoreBuildErrors: true },
  // forbidden() for signed-in users without the role (lib/session.ts).
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;
