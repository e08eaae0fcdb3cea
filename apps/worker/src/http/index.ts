export {
  classifyAddress,
  describeBlockedKind,
  isBlockedAddress,
  type BlockedAddressKind,
} from './address-guard.util.js';
export {
  parseAllowedHost,
  parseAllowedHosts,
  isHostAllowed,
  type AllowedHost,
} from './allowed-hosts.util.js';
export { resolveWithSystemDns, type ResolveHost, type ResolvedAddress } from './guarded-connector.js';
export {
  createGuardedHttpClient,
  formatUserAgent,
  parseFetchUrl,
  DEFAULT_ACCEPT,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  type GuardedHttpClient,
  type GuardedHttpClientOptions,
  type HttpRequest,
  type HttpResponse,
} from './guarded-http-client.js';
export {
  HTTP_CLIENT_ERROR_CODES,
  HttpClientError,
  isHttpClientError,
  type HttpClientErrorCode,
} from './http-client.errors.js';
export { createBridgeHttpClient, toBridgeError } from './bridge-http-client.util.js';
