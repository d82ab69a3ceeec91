// lib/data by audience: every function exported by workspace/ (analysts and
// admins) and admin/ (admins only) checks the actor itself, whatever the page
// or action calling it checked before. Found by reading the folders, so a new
// export is covered the day it is written; a helper that needs no actor
// belongs in shared/ (or lib/), not here.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '@/lib/data/shared/authz';
import type { SessionUser } from '@/lib/session';

const actor = (role: string): SessionUser =>
  ({ id: 'audiences-test', email: 'a@example.org', name: 'A', role }) as unknown as SessionUser;

const AUDIENCES = [
  // Not signed in, or a role the app does not know (a stale or forged session).
  { folder: 'workspace', refused: [null, actor('READER')] },
  { folder: 'admin', refused: [null, actor('READER'), actor('ANALYST')] },
] as const;

// Whatever follows the actor: the role check comes first, so it is never read.
const ARGUMENTS = ['x', { id: 'x', itemId: 'x' }, 'x', 'x'];

for (const { folder, refused } of AUDIENCES) {
  const dir = path.join(__dirname, folder);
  const files = readdirSync(dir).filter(
    (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
  );

  describe(`lib/data/${folder}`, () => {
    it('has modules to check', () => expect(files.length).toBeGreaterThan(0));

    for (const file of files) {
      it(`${file}: every exported function refuses ${refused.map((who) => who?.role ?? 'no actor').join(', ')}`, async () => {
        const exports = (await import(
          `@/lib/data/${folder}/${file.replace(/\.ts$/, '')}`
        )) as Record<string, unknown>;
        const functions = Object.entries(exports).filter(
          (entry): entry is [string, (...args: unknown[]) => unknown] =>
            typeof entry[1] === 'function',
        );
        expect(functions.length, `${file} exports no function`).toBeGreaterThan(0);
        for (const [name, fn] of functions) {
          for (const who of refused) {
            await expect(
              (async () => fn(who, ...ARGUMENTS))(),
              `${folder}/${file} ${name} as ${who?.role ?? 'no actor'}`,
            ).rejects.toBeInstanceOf(ForbiddenError);
          }
        }
      });
    }
  });
}
