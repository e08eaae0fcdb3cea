// GET /c/<handle>/feed.atom — see ../../../u/published-feed-proxy.ts
import { proxyPublishedFeed } from '../../../u/published-feed-proxy';

export async function GET(
  request: Request,
  context: { params: Promise<{ handle: string }> },
): Promise<Response> {
  const { handle } = await context.params;
  return proxyPublishedFeed(request, 'c', handle, 'feed.atom');
}
