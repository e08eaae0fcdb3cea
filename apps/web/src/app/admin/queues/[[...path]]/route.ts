// /admin/queues and everything under it — the API's bull-board dashboard (administrators only; the API
// checks the session), passed through so it lives on the web origin with the same session cookie.
// proxy.ts leaves this path out of the nonce CSP: bull-board's page is not our markup, so its
// response (and any headers the API gives it) goes back as-is. See server/forward-to-api.ts.
import { getWebConfig } from '@/lib/config';
import { forwardToApi } from '@/server/forward-to-api';

type Context = { params: Promise<{ path?: string[] }> };

async function forward(request: Request, context: Context): Promise<Response> {
  const { path = [] } = await context.params;
  const rest = path.map((segment) => encodeURIComponent(segment)).join('/');
  // Keep a trailing slash: bull-board resolves its assets relative to the page's URL.
  const trailing = new URL(request.url).pathname.endsWith('/') && rest ? '/' : '';
  const target = `/admin/queues${rest ? `/${rest}` : ''}${trailing}`;
  return forwardToApi(request, { apiUrl: getWebConfig().apiUrl, profile: 'page', path: target });
}

export const GET = forward;
export const POST = forward;
export const PUT = forward;
export const PATCH = forward;
export const DELETE = forward;
