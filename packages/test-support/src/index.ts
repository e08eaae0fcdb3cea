export { input, INPUTS_DIR, inputText, largePodcastFeed } from './inputs.js';
export {
  conditionalFeed,
  type FeedItem,
  inputContentType,
  Origin,
  platformSettings,
  type OriginRequest,
  type Route,
  rssFeed,
  serveInput,
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
