import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const NO_APP = {
  group: ['@/app/*', '**/app/(*)/**'],
  message:
    'components/ and lib/ never import from app/ (docs/conventions.md): pass server actions as props, or move the code that needs the route into its route folder.',
};
const NO_COMPONENTS = {
  group: ['@/components/*'],
  message: 'lib/ never imports components/: React belongs to components/ and app/.',
};

const config = [
  ...nextVitals,
  ...nextTs,
  // Pages live in app/[locale] with a catch-all for the localised 404, so this
  // rule sees a page behind every address (the feed, the API) and flags
  // every <a>. Public pages link with lib/i18n/navigation's Link, which it
  // cannot check anyway.
  { rules: { '@next/next/no-html-link-for-pages': 'off' } },
  // Boundaries (docs/conventions.md): app/ may import components/ and lib/,
  // components/ may import lib/, lib/ imports neither.
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_APP] }] },
  },
  {
    files: ['lib/**/*.{ts,tsx,js}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_APP, NO_COMPONENTS] }] },
  },
  // The environment is read in one place, lib/env.ts, which validates it;
  // scripts, configs and tests set up their own.
  {
    files: ['app/**/*.{ts,tsx,js}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx,js}'],
    ignores: ['lib/env.ts', 'lib/testing/**', '**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read the environment through env() in lib/env.ts, which validates it.',
        },
      ],
    },
  },
  {
    ignores: [
      '.next/**',
      '.next-test/**',
      '.next-dev-*/**',
      '.next-test-*/**',
      '.next-check/**',
      'lib/generated/**',
      '.data/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
];
export default config;
