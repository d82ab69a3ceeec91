import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // Data-layer modules guard against client bundles with 'server-only';
      // in tests they run in Node like on the server.
      'server-only': path.resolve(__dirname, 'lib/testing/server-only-stub.ts'),
    },
  },
  test: {
    environment: 'node',
    include: ['{lib,scripts,seeds,app,components}/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    fileParallelism: false,
    // A database of the run's own, whoever starts it (npm test, npx vitest, an IDE).
    globalSetup: ['lib/testing/vitest-global-setup.ts'],
    setupFiles: ['lib/testing/vitest-setup.ts'],
    // next-auth imports 'next/server' without an extension, which Node's ESM
    // loader refuses (Next has no exports map): let Vite resolve it instead.
    server: { deps: { inline: [/next-auth/] } },
  },
});
