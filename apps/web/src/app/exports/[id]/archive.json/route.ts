// GET /exports/<id>/archive.json — the data-export download, passed through to the API with the
// session cookie (the API answers it only to the export's owner). See server/forward-to-api.ts.
import { isUuid } from '@/lib/ids';
import { getWebConfig } from '@/lib/config';
import { forwardToApi } from '@/server/forward-to-api';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  if (!isUuid(id)) return new Response('Not found', { status: 404 });
  return forwardToApi(request, {
    apiUrl: getWebConfig().apiUrl,
    profile: 'page',
    path: `/exports/${id}/archive.json`,
  });
}
