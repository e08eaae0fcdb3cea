// GET /u/<handle>/feed.json — see ../../published-feed-proxy.ts
import { proxyPublishedFeed } from '../../published-feed-proxy';

export async function GET(
  request: Request,
  context: { params: Promise<{ handle: string }> },
): Promise<Response> {
  const { handle } = await context.params;
  return proxyPublishedFeed(request, 'u', handle, 'feed.json');
}
