// POST/GET /graphql on the web origin → the API (API_URL), live updates (SSE) included. See
// server/forward-to-api.ts.
import { getWebConfig } from '@/lib/config';
import { forwardToApi, MAX_GRAPHQL_BYTES } from '@/server/forward-to-api';

function forward(request: Request): Promise<Response> {
  return forwardToApi(request, { apiUrl: getWebConfig().apiUrl, profile: 'graphql', maxBodyBytes: MAX_GRAPHQL_BYTES });
}

export const POST = forward;
export const GET = forward;
