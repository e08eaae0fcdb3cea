// /api/fever (and /api/fever/, which src/server/request-hooks.ts maps here before Next could redirect it)
// — the Fever API for reader apps (apps/api/src/modules/sync-api, docs/sync-api.md), passed through.
import { getWebConfig } from '@/lib/config';
import { forwardToApi } from '@/server/forward-to-api';

async function forward(request: Request): Promise<Response> {
  return forwardToApi(request, { apiUrl: getWebConfig().apiUrl, profile: 'page', path: '/api/fever/' });
}

export const GET = forward;
export const POST = forward;
