// Runs the project's own CLIs (prisma, next, playwright, …) with the current
// environment, failing loudly when one exits non-zero.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { prismaCliEnv } from './database-password';
import { ROOT } from './runtime';

const require = createRequire(path.join(ROOT, 'package.json'));

const entryPoints: Record<string, string> = {
  next: 'next/dist/bin/next',
  prisma: 'prisma/build/index.js',
  playwright: '@playwright/test/cli.js',
  vitest: 'vitest/vitest.mjs',
  tsx: 'tsx/dist/cli.mjs',
  eslint: 'eslint/bin/eslint.js',
  tsc: 'typescript/bin/tsc',
  prettier: 'prettier/bin/prettier.cjs',
  knip: 'knip/bin/knip.js',
};

// Resolved as files, not through package "exports" (which hide bin scripts).
export function toolPath(name: string): string {
  const entry = entryPoints[name];
  if (!entry) throw new Error(`Unknown tool ${name}`);
  const [scope, pkg, ...rest] = entry.startsWith('@')
    ? entry.split('/')
    : ['', ...entry.split('/')];
  const packageName = scope ? `${scope}/${pkg}` : pkg!;
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve(`${packageName}/package.json`));
  } catch {
    // An "exports" map without ./package.json (knip): the package's own folder.
    packageDir = path.join(ROOT, 'node_modules', packageName);
  }
  return path.join(packageDir, ...rest);
}

export function runTool(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [toolPath(name), ...args], {
      cwd: ROOT,
      stdio: 'inherit',
      // Prisma would pass DATABASE_URL's password to its engine on the command line.
      env: name === 'prisma' ? prismaCliEnv(env, ROOT) : env,
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${name} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
