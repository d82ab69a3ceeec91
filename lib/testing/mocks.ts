// Module mocks shared by the Vitest files, used from their vi.mock factories:
//   vi.mock('@/lib/db', async (original) => (await import('@/lib/testing/mocks')).runDatabase(original));
//   vi.mock('next/cache', async () => (await import('@/lib/testing/mocks')).noNextCache());

/**
 * lib/db with db() on the run's database (DATABASE_URL from the global
 * setup), without the app's other settings, which env() would insist on.
 */
export async function runDatabase(importOriginal: <T>() => Promise<T>) {
  const actual = await importOriginal<typeof import('@/lib/db')>();
  let client: ReturnType<typeof actual.createPrismaClient> | undefined;
  return { ...actual, db: () => (client ??= actual.createPrismaClient(process.env.DATABASE_URL!)) };
}

/** next/cache outside Next: no cache between calls (every read reaches the database), no revalidation. */
export function noNextCache() {
  return {
    unstable_cache: <T>(read: T) => read,
    revalidatePath: () => undefined,
    revalidateTag: () => undefined,
    updateTag: () => undefined,
    refresh: () => undefined,
  };
}
