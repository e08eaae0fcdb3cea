// /api/greader/… — the Google Reader API for reader apps (apps/api/src/modules/sync-api, docs/sync-api.md),
// passed through to the API with the path as the client wrote it (stream ids hold encoded URLs) and the
// `Authorization: GoogleLogin auth=…` header.
import { getWebConfig } from '@/lib/config';
import { forwardToApi } from '@/server/forward-to-api';

async function forward(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  return forwardToApi(request, {
    apiUrl: getWebConfig().apiUrl,
    profile: 'page',
    path,
    extraRequestHeaders: ['authorization'],
  });
}

export const GET = forward;
export const POST = forward;
