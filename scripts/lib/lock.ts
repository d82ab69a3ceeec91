// A cross-process lock on a file holding the owner's PID (stale owners are
// detected), for steps that share a folder, such as the test build.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { log } from './runtime';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// One e2e stage at a time per checkout: they share the build folder.
// Resolves once the lock is held, with the function that releases it.
export async function acquireLock(file: string): Promise<() => void> {
  mkdirSync(path.dirname(file), { recursive: true });
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const holder = Number(readFileSync(file, 'utf8'));
      if (!holder || !isAlive(holder)) rmSync(file, { force: true });
      else {
        log(`Waiting for the end-to-end run of process ${holder}`);
        await new Promise((resolve) => setTimeout(resolve, 3_000));
      }
    }
  }
  return () => rmSync(file, { force: true });
}

export async function withLock(file: string, work: () => Promise<void>) {
  const release = await acquireLock(file);
  try {
    await work();
  } finally {
    release();
  }
}
