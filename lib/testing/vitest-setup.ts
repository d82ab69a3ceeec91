// Runs in each test worker before its test file: the database of the run
// (lib/testing/vitest-global-setup.ts) as the data layer and the tests read it.
import { inject } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');
process.env.TEST_DATABASE_SERVER_URL = inject('databaseServerUrl');
