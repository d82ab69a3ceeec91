// Playwright's global setup: starts scripts/e2e-environment.ts (database,
// seed, build, server) and hands its environment to the tests, so that
// `npx playwright test e2e/<spec>` works on its own, as `npm test` does.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const root = path.resolve(__dirname, '..', '..');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts', 'e2e-environment.ts')],
    { cwd: root, env: process.env, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ready = new Promise<Record<string, string>>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('READY ')) resolve(JSON.parse(line.slice('READY '.length)));
      else process.stdout.write(`${line}\n`);
    });
    void exited.then((code) =>
      reject(new Error(`The end-to-end environment exited (${code}) before it was ready`)),
    );
  });
  Object.assign(process.env, await ready);
  return async () => {
    child.stdin!.end();
    child.kill('SIGTERM');
    await exited;
  };
}
