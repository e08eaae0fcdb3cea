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
export {
  type Delivery,
  type HubMode,
  type HubRequestRecord,
  type HubSubscription,
  type PublishOptions,
  WebSubHub,
  type WebSubHubOptions,
} from './websub-hub.js';
