// The client's address across the hop from the web server to the API. See docs/security.md.
export {
  isTrustProxyList,
  normalizeAddress,
  parseTrustedProxies,
  resolveClientAddress,
  TrustProxyError,
  type TrustedProxies,
} from './address.js';
export {
  CLIENT_ADDRESS_HEADER,
  MIN_SECRET_LENGTH,
  SIGNATURE_MAX_AGE_MS,
  signClientAddress,
  verifyClientAddress,
} from './signature.js';
export {
  createClientAddressStamper,
  type ClientAddressStamper,
  type IncomingLike,
  type StampOptions,
} from './stamp.js';
