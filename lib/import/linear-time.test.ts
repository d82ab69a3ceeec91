// Issue 9, High 2: the import parsers must do work proportional to their
// input, whatever the client sends. Measured as work, not wall time: the
// parsers run in a child Node whose regex engine counts backtracks and, when
// one exec exceeds a bound (a few times the input length: linear patterns
// stay far below, quadratic ones reach ~10^10 at this size), hands that exec
// to V8's breadth-first engine and says so on stdout. Any such line fails.
// Patterns that this engine cannot run (lookarounds, back-references) are
// not counted; each of those in lib/import scans only up to the next
// delimiter of its own kind (see the comments in markdown.ts).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_INPUTS, INPUT_LENGTH } from './testing/adversarial-inputs';

const BACKTRACK_BOUND = 3 * INPUT_LENGTH;

function runParsers(): string {
  return execFileSync(
    process.execPath,
    [
      '--enable-experimental-regexp-engine-on-excessive-backtracks',
      `--regexp-backtracks-before-fallback=${BACKTRACK_BOUND}`,
      '--trace-experimental-regexp-engine',
      '--import',
      'tsx',
      path.join(__dirname, 'testing', 'run-parsers.ts'),
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: path.resolve(__dirname, '../..') },
  );
}

describe('import parsers on adversarial input', () => {
  it('the counter works: a quadratic pattern on one of the inputs is reported', () => {
    const output = execFileSync(
      process.execPath,
      [
        '--enable-experimental-regexp-engine-on-excessive-backtracks',
        `--regexp-backtracks-before-fallback=${BACKTRACK_BOUND}`,
        '--trace-experimental-regexp-engine',
        '-e',
        `('a' + ' '.repeat(${INPUT_LENGTH}) + 'b').replace(/[ \\t]+$/gm, '')`,
      ],
      { encoding: 'utf8' },
    );
    expect(output).toMatch(/Experimental execution/);
  });

  it(`no regex exec backtracks more than ${BACKTRACK_BOUND.toLocaleString('en')} times on ${ADVERSARIAL_INPUTS.length} inputs of ${INPUT_LENGTH.toLocaleString('en')} characters`, () => {
    const output = runParsers();
    expect(output).toMatch(/^done$/m);
    const reports: string[] = [];
    let current = '';
    for (const line of output.split('\n')) {
      if (line.startsWith('input: ')) current = line.slice(7);
      else if (line.includes('Experimental execution')) reports.push(`${current}: ${line}`);
    }
    expect(reports).toEqual([]);
  }, 120_000);
});
