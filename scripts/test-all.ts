// `npm test`: lint (eslint, prettier, tsc, knip), Vitest (unit + integration on a real Postgres)
// and Playwright (real Chromium against `next build` + `next start`).
// `npm test -- unit` or `-- e2e` runs one stage.
//
// Each stage provisions its own database in its global setup
// (scripts/lib/test-database.ts: the server of DATABASE_URL when set,
// otherwise an embedded Postgres on port 54330), so a test file also runs
// alone: `npx vitest run lib/x.test.ts`, `npx playwright test e2e/x.spec.ts`.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR, log } from './lib/runtime';
import { freePort } from './lib/ports';
import { runTool } from './lib/tools';

const args = process.argv.slice(2);
const separator = args.indexOf('--');
const stages = (separator === -1 ? args : args.slice(0, separator)).filter(
  (arg) => !arg.startsWith('-'),
);
/** After `--`: passed to Playwright, e.g. `npm test -- e2e -- e2e/sign-in.spec.ts`. */
const passThrough = separator === -1 ? [] : args.slice(separator + 1);
const wants = (stage: string) => stages.length === 0 || stages.includes(stage);

const VITEST_REPORT = path.join(DATA_DIR, 'reports', 'vitest.json');
const PLAYWRIGHT_REPORT = path.join(DATA_DIR, 'reports', 'playwright.json');

/** Totals of this run's Vitest and Playwright reports (stages not run count 0). */
function countResults(): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  if (wants('unit') && existsSync(VITEST_REPORT)) {
    const report = JSON.parse(readFileSync(VITEST_REPORT, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      success: boolean;
    };
    passed += report.numPassedTests;
    // A file that failed to load or an unhandled error fails the run with no failed test.
    failed += report.numFailedTests || (report.success ? 0 : 1);
  }
  if (wants('e2e') && existsSync(PLAYWRIGHT_REPORT)) {
    const report = JSON.parse(readFileSync(PLAYWRIGHT_REPORT, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number };
    };
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  }
  return { passed, failed };
}

async function main() {
  rmSync(path.join(DATA_DIR, 'reports'), { recursive: true, force: true });
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const started = Date.now();
  if (wants('lint')) {
    log('Lint (eslint)');
    await runTool('eslint', ['.', '--max-warnings=0']);
    log('Formatting (prettier --check; `npm run format` fixes it)');
    await runTool('prettier', ['--check', '.', '--log-level', 'warn']);
    log('Typecheck (tsc)');
    await runTool('tsc', ['--noEmit']);
    log('Unused files, exports and dependencies (knip; knip.json)');
    await runTool('knip', ['--no-config-hints']);
  }
  if (wants('unit')) {
    log('Unit and integration tests (vitest)');
    await runTool('vitest', [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${VITEST_REPORT}`,
    ]);
    // The report decides, not only the exit code: a clean clone's run once
    // went on to the browser stage and ended "All tests passed" after Vitest
    // had reported a failed test and exited 0.
    const unit = countResults();
    if (unit.failed > 0) throw new Error(`vitest reported ${unit.failed} failed test(s)`);
  }
  if (wants('e2e')) {
    log('End-to-end tests (playwright, Chromium; the global setup builds and serves the app)');
    await runTool('playwright', ['test', ...passThrough], {
      ...process.env,
      E2E_PORT: String(await freePort(Number(process.env.E2E_PORT ?? 3100))),
      PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_REPORT,
    });
  }
  const { passed, failed } = countResults();
  if (failed > 0) throw new Error(`${failed} test(s) failed`);
  log(`All tests passed in ${Math.round((Date.now() - started) / 1000)} s`);
  // The plain closing line CI reads.
  process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  // The closing line CI reads, also when a stage failed (what did run is counted).
  const { passed, failed } = countResults();
  process.stdout.write(`tests: ${passed} passed, ${Math.max(failed, 1)} failed\n`);
  process.exit(1);
});
