import { jsonResponse, requestOrigin } from '@/lib/open-data-http';
import { openApiDocument } from '@/lib/openapi';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return jsonResponse(openApiDocument(requestOrigin(request)));
}
