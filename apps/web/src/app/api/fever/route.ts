// /api/fever (and /api/fever/, which src/server/request-hooks.ts maps here before Next could redirect it)
// — the Fever API for reader apps (apps/api/src/modules/sync-api, docs/sync-api.md), passed through.
import { getWebConfig } from '@/lib/config';
import { passThroughToApi } from '@/lib/api-pass-through';

async function forward(request: Request): Promise<Response> {
  return passThroughToApi(request, { apiUrl: getWebConfig().apiUrl, path: '/api/fever/' });
}

export const GET = forward;
export const POST = forward;
