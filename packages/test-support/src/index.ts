export { FIXTURES_DIR, fixture } from './fixtures.js';
export {
  conditionalFeed,
  type FeedItem,
  fixtureContentType,
  Origin,
  platformSettings,
  type OriginRequest,
  type Route,
  rssFeed,
  serveFixture,
} from './origin.js';
export { createTcpProxy, type TcpProxy } from './tcp-proxy.js';
