// POST/GET /graphql on the web origin → the API (API_URL). See lib/graphql/api-proxy.ts.
import { getWebConfig } from '@/lib/config';
import { forwardToApi } from '@/lib/graphql/api-proxy';

export function POST(request: Request): Promise<Response> {
  return forwardToApi(request, getWebConfig().apiUrl);
}

export function GET(request: Request): Promise<Response> {
  return forwardToApi(request, getWebConfig().apiUrl);
}
