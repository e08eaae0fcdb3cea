// GET/POST /websub/<token> — the WebSub subscriber callback (hubs verify intent with GET and push content
// with POST), passed through to the API, which checks the subscription and the signature. See
// apps/api/src/modules/websub and server/forward-to-api.ts.
import { getWebConfig } from '@/lib/config';
import { forwardToApi } from '@/server/forward-to-api';

/** Callback tokens are 32 base64url characters; anything else is not one. */
const TOKEN = /^[A-Za-z0-9_-]{32}$/;
/** Bodies are buffered here before the API applies its own (lower) limit: refuse absurd ones early. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const HUB_HEADERS = ['x-hub-signature', 'link'];

async function forward(request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await context.params;
  if (!TOKEN.test(token)) return new Response('No such subscription.', { status: 404 });
  return forwardToApi(request, {
    apiUrl: getWebConfig().apiUrl,
    profile: 'page',
    maxBodyBytes: MAX_BODY_BYTES,
    path: `/websub/${token}`,
    extraRequestHeaders: HUB_HEADERS,
  });
}

export const GET = forward;
export const POST = forward;
