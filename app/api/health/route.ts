import { db } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** The health check answers within this, whatever the database does. */
const HEALTH_TIMEOUT_MS = 2_000;

// Liveness and database reachability, for process managers, load balancers
// and the e2e runner: 503 at once when the database does not answer.
export async function GET() {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS);
  });
  try {
    await Promise.race([db().$queryRaw`SELECT 1`, timeout]);
    return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return Response.json(
      { status: 'database unreachable' },
      { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '5' } },
    );
  } finally {
    clearTimeout(timer);
  }
}
