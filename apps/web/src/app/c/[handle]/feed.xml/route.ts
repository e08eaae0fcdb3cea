// GET /c/<handle>/feed.xml — the published feed the API renders at /feeds/c/<handle>/feed.xml, passed
// through with its conditional headers (server/forward-to-api.ts, profile 'feed').
import { getWebConfig } from '@/lib/config';
import { forwardToApi } from '@/server/forward-to-api';

export async function GET(
  request: Request,
  context: { params: Promise<{ handle: string }> },
): Promise<Response> {
  const { handle } = await context.params;
  return forwardToApi(request, {
    apiUrl: getWebConfig().apiUrl,
    profile: 'feed',
    path: `/feeds/c/${encodeURIComponent(handle)}/feed.xml`,
  });
}
