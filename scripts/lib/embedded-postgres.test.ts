// Issue 9, finding 18: as root, the embedded Postgres runs as the OS user
// postgres, which a clone in a private folder (mktemp -d, /root) shuts out.
// The check that says so, on made-up folders, then (as root, where there is a
// postgres user) on real ones and through startEmbeddedPostgres itself.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blockedDirectories, startEmbeddedPostgres } from './embedded-postgres';

const ROOT_UID = 0;
const PG = { uid: 101, gid: 104 };

// A made-up file system: directory -> [mode, owner uid, owner gid].
function fakeStat(tree: Record<string, [number, number, number]>) {
  return (dir: string) => {
    const entry = tree[dir];
    if (!entry) throw Object.assign(new Error(`ENOENT: ${dir}`), { code: 'ENOENT' });
    const [mode, uid, gid] = entry;
    return { mode: 0o040000 | mode, uid, gid };
  };
}
const noLinks = (target: string) => target;

describe('blockedDirectories', () => {
  const tree = fakeStat({
    '/': [0o755, ROOT_UID, 0],
    '/tmp': [0o1777, ROOT_UID, 0],
    '/tmp/tmp.abc': [0o700, ROOT_UID, 0], // mktemp -d
    '/tmp/tmp.abc/repo': [0o755, ROOT_UID, 0],
    '/tmp/tmp.abc/repo/.data': [0o755, ROOT_UID, 0],
    '/root': [0o700, ROOT_UID, 0],
    '/root/work': [0o750, ROOT_UID, 0],
    '/root/work/repo': [0o755, ROOT_UID, 0],
    '/srv': [0o755, ROOT_UID, 0],
    '/srv/own': [0o600, PG.uid, 0], // the user's own, without x for its owner
    '/srv/group': [0o750, ROOT_UID, PG.gid],
    '/srv/nogroup': [0o705, ROOT_UID, PG.gid], // the group class applies, not "other"
  });

  it('names the first folder the user cannot enter, and each one after it', () => {
    expect(blockedDirectories(['/tmp/tmp.abc/repo/.data'], PG, tree, noLinks)).toEqual([
      '/tmp/tmp.abc',
    ]);
    expect(blockedDirectories(['/root/work/repo'], PG, tree, noLinks)).toEqual([
      '/root',
      '/root/work',
    ]);
  });

  it('lists a folder shared by several targets once', () => {
    expect(
      blockedDirectories(['/root/work/repo', '/root/work', '/tmp/tmp.abc'], PG, tree, noLinks),
    ).toEqual(['/root', '/root/work', '/tmp/tmp.abc']);
  });

  it('reads the owner, group or other bits, whichever class applies', () => {
    expect(blockedDirectories(['/srv/own'], PG, tree, noLinks)).toEqual(['/srv/own']);
    expect(blockedDirectories(['/srv/group'], PG, tree, noLinks)).toEqual([]);
    expect(blockedDirectories(['/srv/nogroup'], PG, tree, noLinks)).toEqual(['/srv/nogroup']);
  });

  it('finds nothing on an open path, nor for root', () => {
    expect(blockedDirectories(['/srv', '/tmp'], PG, tree, noLinks)).toEqual([]);
    expect(blockedDirectories(['/root/work/repo'], { uid: 0, gid: 0 }, tree, noLinks)).toEqual([]);
  });

  it('walks a target as far as it exists', () => {
    expect(blockedDirectories(['/root/missing/deeper'], PG, tree, noLinks)).toEqual(['/root']);
  });

  it('walks the real path behind a symbolic link too', () => {
    const realpath = (target: string) =>
      target.replace('/srv/link', '/root/work/repo').replace(/\/$/, '');
    const linked = fakeStat({
      '/': [0o755, ROOT_UID, 0],
      '/srv': [0o755, ROOT_UID, 0],
      '/srv/link': [0o755, ROOT_UID, 0], // stat follows the link
      '/root': [0o700, ROOT_UID, 0],
      '/root/work': [0o755, ROOT_UID, 0],
      '/root/work/repo': [0o755, ROOT_UID, 0],
    });
    expect(blockedDirectories(['/srv/link'], PG, linked, realpath)).toEqual(['/root']);
  });
});

function postgresUser(): { uid: number; gid: number } | undefined {
  try {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

const asRoot = userInfo().uid === 0 && postgresUser() !== undefined;

describe.runIf(asRoot)('as root, on real folders', () => {
  const user = postgresUser()!;
  // Where the postgres user may enter; `private` is shut like `mktemp -d`.
  const base = mkdtempSync(path.join(tmpdir(), 'embedded-pg-reach-'));
  chmodSync(base, 0o755);
  const shut = path.join(base, 'private');
  const dataDir = path.join(shut, 'repo', '.data');
  mkdirSync(dataDir, { recursive: true });
  chmodSync(shut, 0o700);

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('blockedDirectories agrees with the kernel', () => {
    expect(blockedDirectories([dataDir], user)).toEqual([shut]);
    expect(() => execFileSync('test', ['-x', dataDir], user)).toThrow();
    chmodSync(shut, 0o711);
    try {
      expect(blockedDirectories([dataDir], user)).toEqual([]);
      expect(() => execFileSync('test', ['-x', dataDir], user)).not.toThrow();
    } finally {
      chmodSync(shut, 0o700);
    }
  });

  it('startEmbeddedPostgres stops with one line saying what to do, before starting anything', async () => {
    const started = startEmbeddedPostgres({ dataDir, port: 1 });
    const error = await started.then(
      () => undefined,
      (reason: unknown) => reason as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).not.toContain('\n');
    expect(error?.message).toContain(`cannot enter ${shut}`);
    expect(error?.message).toContain('run as a non-root user');
    expect(error?.message).toContain('DATABASE_URL');
    expect(error?.message).toContain(`chmod o+x ${shut}`);
  });
});
