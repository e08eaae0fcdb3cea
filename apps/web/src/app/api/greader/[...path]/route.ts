// /api/greader/… — the Google Reader API for reader apps (apps/api/src/modules/sync-api, docs/sync-api.md),
// passed through to the API with the path as the client wrote it (stream ids hold encoded URLs) and the
// `Authorization: GoogleLogin auth=…` header. See lib/api-pass-through.ts.
import { getWebConfig } from '@/lib/config';
import { passThroughToApi } from '@/lib/api-pass-through';

async function forward(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  return passThroughToApi(request, { apiUrl: getWebConfig().apiUrl, path, extraRequestHeaders: ['authorization'] });
}

export const GET = forward;
export const POST = forward;
