// Integration tests of importing a source against a real PostgreSQL.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '@/lib/source-records';
import * as audit from '@/lib/audit';
import type { SessionUser } from '@/lib/session';
import { testDb } from '@/lib/testing/db';
import { ForbiddenError } from '@/lib/data/shared/authz';
import { listSourcesForAnalyst } from '@/lib/data/workspace/sources';
import { importSource } from '@/lib/data/workspace/source-import';
import { reviseSourceText } from '@/lib/data/workspace/source-revision';
import { createStatement } from '@/lib/data/workspace/statements';
import { importInput, importText, setUpSourceFixtures, token } from '@/lib/testing/source-fixtures';

// db() reads the environment once; the tests need a database, not sessions.
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');

vi.mock('@/lib/audit', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/audit')>();
  return { ...original, recordRevision: vi.fn(original.recordRevision) };
});

const prisma = testDb();

let analyst: SessionUser;

beforeAll(async () => {
  ({ analyst } = await setUpSourceFixtures());
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe('importSource', () => {
  it('stores the source and version 1 of the finalised text with its SHA-256, and logs it', async () => {
    const body = `MINSK, 14 March (BelTA) – Test article ${token()} about the CSTO.  \r\n\r\n\r\nSecond paragraph.\n\nShare\nAdd a comment\n`;
    const input = importInput(body, { trim: ['4', '5'] });
    const result = await importSource(analyst, input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const stored = await prisma.source.findUniqueOrThrow({
      where: { id: result.value.id },
      select: {
        title: true,
        latestVersion: true,
        yearInferred: true,
        yearBasis: true,
        languages: true,
        importedById: true,
        versions: true,
      },
    });
    const expected = body.split('\n')[0]!.replace(/\s+$/, '') + '\n\nSecond paragraph.';
    expect(stored).toMatchObject({
      title: input.title,
      latestVersion: 1,
      yearInferred: true,
      yearBasis: 'Test reason',
      languages: ['en', 'ru'],
      importedById: analyst.id,
    });
    expect(stored.versions).toHaveLength(1);
    expect(stored.versions[0]).toMatchObject({
      number: 1,
      text: expected,
      sha256: sha256Hex(expected),
      createdById: analyst.id,
    });
    expect(result.value.sha256).toBe(sha256Hex(expected));

    const revisions = await prisma.revision.findMany({
      where: { entityType: 'Source', entityId: result.value.id },
    });
    expect(revisions.map((revision) => revision.action)).toEqual(['import']);
  });

  it('refuses a duplicate text, even with other line endings and trailing spaces, and names the stored source', async () => {
    const text = `Duplicate test ${token()}.\n\nSame words.`;
    const first = await importText(text);
    const again = await importSource(analyst, importInput(`${text.replace(/\n/g, '\r\n')}   \n\n`));
    expect(again).toMatchObject({
      ok: false,
      field: 'text',
      duplicateOf: { sourceId: first, versionNumber: 1 },
    });
    expect(await prisma.sourceVersion.count({ where: { sha256: sha256Hex(text) } })).toBe(1);
  });

  it('lets only one of two simultaneous imports of the same text through', async () => {
    const text = `Race test ${token()}.`;
    const results = await Promise.all([
      importSource(analyst, importInput(text)),
      importSource(analyst, importInput(text)),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      field: 'text',
      duplicateOf: { versionNumber: 1 },
    });
  });

  it('leaves nothing behind when a step fails mid-way', async () => {
    const text = `Atomicity test ${token()}.`;
    const input = importInput(text);
    vi.mocked(audit.recordRevision).mockRejectedValueOnce(new Error('disk full'));
    await expect(importSource(analyst, input)).rejects.toThrow('disk full');
    expect(await prisma.source.count({ where: { title: input.title } })).toBe(0);
    expect(await prisma.sourceVersion.count({ where: { sha256: sha256Hex(text) } })).toBe(0);
  });

  it('refuses anonymous callers before touching the database', async () => {
    await expect(importSource(null, importInput('Anonymous.'))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(listSourcesForAnalyst(null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createStatement(null, {} as never)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reviseSourceText(null, {} as never)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
