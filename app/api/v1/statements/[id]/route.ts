import { getOpenStatement } from '@/lib/data/public/open-data';
import { notFoundResponse, recordResponse } from '@/lib/open-data-http';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const statement = await getOpenStatement(id);
  if (!statement) return notFoundResponse(`No public statement has the id ${id}.`);
  return recordResponse(statement, request);
}
