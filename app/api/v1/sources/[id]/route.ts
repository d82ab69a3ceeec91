import { getOpenSource } from '@/lib/data/public/open-data';
import { notFoundResponse, recordResponse } from '@/lib/open-data-http';

export const dynamic = 'force-dynamic';

/** One source with its full current text and the quoted spans in it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const source = await getOpenSource(id);
  if (!source) return notFoundResponse(`No public source has the id ${id}.`);
  return recordResponse(source, request);
}
