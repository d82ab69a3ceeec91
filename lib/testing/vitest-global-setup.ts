// Vitest's global setup: a clone of the migrated test database for this run
// (scripts/lib/test-database.ts), so any test file runs on its own
// (`npx vitest run lib/x.test.ts`, an IDE) as under `npm test`.
import type { TestProject } from 'vitest/node';
import { createTestDatabase } from '@/scripts/lib/test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseServerUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await createTestDatabase('unit');
  project.provide('databaseUrl', database.url);
  project.provide('databaseServerUrl', database.serverUrl);
  return () => database.release();
}
