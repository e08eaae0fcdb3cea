// The web server's side, run on every incoming request before Next sees it: whatever the browser sent
// as the client-address header is dropped, and the address the server itself determined (socket peer,
// or the right-most untrusted X-Forwarded-For hop behind TRUST_PROXY) is put there, signed.
import { parseTrustedProxies, resolveClientAddress } from './address.js';
import { CLIENT_ADDRESS_HEADER, MIN_SECRET_LENGTH, signClientAddress } from './signature.js';

export interface StampOptions {
  /** INTERNAL_API_SECRET; without it the header is only removed (the API then sees the web's address). */
  secret: string | undefined;
  /** The web's TRUST_PROXY list: proxies in front of the web server whose X-Forwarded-For is read. */
  trustProxy: string | undefined;
  now?: () => number;
}

export interface IncomingLike {
  headers: Record<string, string | string[] | undefined>;
  socket: { remoteAddress?: string | undefined };
}

export type ClientAddressStamper = (request: IncomingLike) => void;

export function createClientAddressStamper(options: StampOptions): ClientAddressStamper {
  const trusted = parseTrustedProxies(options.trustProxy);
  const { secret } = options;
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) {
    throw new RangeError(`INTERNAL_API_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  const now = options.now ?? Date.now;
  return (request) => {
    delete request.headers[CLIENT_ADDRESS_HEADER];
    if (!secret) return;
    const address = resolveClientAddress(
      request.socket.remoteAddress,
      request.headers['x-forwarded-for'],
      trusted,
    );
    if (address) request.headers[CLIENT_ADDRESS_HEADER] = signClientAddress(address, secret, now());
  };
}
