// The client address the web server passes to the API, signed with the secret the two processes share
// (INTERNAL_API_SECRET): HMAC-SHA256 over version, address and time, valid for a minute. Without the
// secret nobody — a browser, a script calling the API directly — can make the API believe an address.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { normalizeAddress } from './address.js';

/** The request header carrying the signed address from the web server to the API. */
export const CLIENT_ADDRESS_HEADER = 'x-tributary-client-address';

/** The shortest secret accepted: 32 characters (e.g. 24 random bytes in base64). */
export const MIN_SECRET_LENGTH = 32;

/** How long a signature is believed after it was made; a little clock skew the other way is allowed. */
export const SIGNATURE_MAX_AGE_MS = 60_000;
const FUTURE_SKEW_MS = 5_000;
const VERSION = 'v1';

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** `v1;<address>;<unix seconds>;<signature>` for an address in canonical form (see normalizeAddress). */
export function signClientAddress(address: string, secret: string, now: number = Date.now()): string {
  const canonical = normalizeAddress(address);
  if (!canonical) throw new TypeError(`not an IP address: ${address}`);
  const payload = `${VERSION};${canonical};${Math.floor(now / 1000)}`;
  return `${payload};${mac(secret, payload)}`;
}

/** The address a header vouches for, or null when it is missing, malformed, badly signed or expired. */
export function verifyClientAddress(
  value: string | readonly string[] | undefined | null,
  secret: string,
  now: number = Date.now(),
): string | null {
  if (typeof value !== 'string' || value.length > 200) return null;
  const parts = value.split(';');
  if (parts.length !== 4) return null;
  const [version, address = '', seconds = '', signature = ''] = parts;
  if (version !== VERSION || !/^\d{1,12}$/.test(seconds)) return null;
  const age = now - Number(seconds) * 1000;
  if (age > SIGNATURE_MAX_AGE_MS || age < -FUTURE_SKEW_MS) return null;
  if (normalizeAddress(address) !== address) return null;
  const expected = Buffer.from(mac(secret, `${version};${address};${seconds}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return address;
}
