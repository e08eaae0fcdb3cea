// GET /c/<handle>/feed.xml — see ../../../u/published-feed-proxy.ts
import { proxyPublishedFeed } from '../../../u/published-feed-proxy';

export async function GET(
  request: Request,
  context: { params: Promise<{ handle: string }> },
): Promise<Response> {
  const { handle } = await context.params;
  return proxyPublishedFeed(request, 'c', handle, 'feed.xml');
}
