import { searchEvidenceStatements } from '@/lib/data/workspace/evidence-search';
import { requireRole } from '@/lib/session';

export const dynamic = 'force-dynamic';

/** Citable statements of other items, for the evidence search of the status form (JSON). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole('ANALYST');
  const { id } = await params;
  const query = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 200);
  const statements = await searchEvidenceStatements(actor, { query, excludeItemId: id });
  return Response.json(statements, { headers: { 'Cache-Control': 'private, no-store' } });
}
