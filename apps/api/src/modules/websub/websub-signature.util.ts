import { createHmac, timingSafeEqual } from 'node:crypto';

/** Digests a hub may sign with (W3C WebSub §8: sha1, sha256, sha384, sha512). */
const ALGORITHMS = new Set(['sha1', 'sha256', 'sha384', 'sha512']);

/**
 * Checks `X-Hub-Signature: <method>=<hex HMAC of the raw body, keyed with hub.secret>`. A missing,
 * malformed or wrong signature, or an unknown method, is false; the comparison takes constant time.
 */
export function isValidHubSignature(header: string | undefined, secret: string, body: Uint8Array): boolean {
  if (!header) return false;
  const match = /^\s*([a-z0-9]+)=([0-9a-f]+)\s*$/i.exec(header);
  if (!match) return false;
  const algorithm = match[1]!.toLowerCase();
  if (!ALGORITHMS.has(algorithm)) return false;
  const expected = createHmac(algorithm, secret).update(body).digest();
  const given = Buffer.from(match[2]!, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
