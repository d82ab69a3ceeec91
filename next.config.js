// @ts-check
// Headers that are the same for every response, the public pages'
// Content-Security-Policy included; proxy.ts replaces it with a per-request
// nonce policy on signed-in pages (docs/decisions/0013).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { contentSecurityPolicy } = require('./lib/csp');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { ACTION_BODY_LIMIT_BYTES } = require('./lib/body-limit');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const createNextIntlPlugin = require('next-intl/plugin');

// Messages in English and Russian (lib/i18n; docs/decisions/0020).
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

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
  // Two languages, one site (lib/i18n/routing.ts, docs/decisions/0020): pages
  // live in app/[locale]; /ru/… is Russian, any other page address English,
  // served from /en/… (which itself redirects to the unprefixed address).
  // Rewrites, not the proxy: they apply to prefetches too, which the proxy
  // does not see.
  async redirects() {
    return [
      { source: '/en', destination: '/', permanent: true },
      { source: '/en/:path*', destination: '/:path*', permanent: true },
      // The signed-in pages and the sign-in form are in English only.
      {
        source: '/ru/:section(workspace|admin|account|login)/:rest*',
        destination: '/:section/:rest*',
        permanent: false,
      },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/', destination: '/en' },
        {
          source:
            '/:path((?!en(?:/|$)|ru(?:/|$)|api/|_next/|favicon\\.ico$|feed\\.xml$|robots\\.txt$|sitemap\\.xml$).+)',
          destination: '/en/:path',
        },
      ],
    };
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
