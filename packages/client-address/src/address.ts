// Which address a request comes from: the socket's peer, or — only when that peer is a proxy we were told
// to trust — the right-most X-Forwarded-For hop that is not one of our own proxies. Everything left of
// that hop was written by the client (or proxies we know nothing about) and is never believed.
import { BlockList, isIP, isIPv4 } from 'node:net';

/**
 * One address in canonical form: IPv4-mapped IPv6 becomes IPv4, IPv6 lower-cased without zone;
 * `1.2.3.4:5678` and `[::1]:5678` (what some proxies append) lose their port. Anything else: null.
 */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let text = raw.trim().replace(/^"|"$/g, '');
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  text = text.toLowerCase().replace(/%[^%]*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (mapped?.[1]) text = mapped[1];
  return isIP(text) === 0 ? null : text;
}

export class TrustProxyError extends Error {
  constructor(readonly entry: string) {
    super(`"${entry}" is neither an IP address nor a CIDR range (e.g. 10.0.0.0/8, fd00::/8)`);
    this.name = 'TrustProxyError';
  }
}

/** A set of trusted proxy addresses and ranges, from a comma list such as `127.0.0.1, 10.0.0.0/8, ::1`. */
export interface TrustedProxies {
  has(address: string): boolean;
  readonly isEmpty: boolean;
}

/** Parses a TRUST_PROXY list; throws TrustProxyError naming the first entry that is not an address or range. */
export function parseTrustedProxies(list: string | readonly string[] | undefined): TrustedProxies {
  const entries = (typeof list === 'string' ? list.split(',') : (list ?? []))
    .map((entry) => entry.trim())
    .filter(Boolean);
  const blocks = new BlockList();
  for (const entry of entries) {
    const [base = '', prefix, extra] = entry.split('/');
    const address = normalizeAddress(base);
    if (!address || extra !== undefined) throw new TrustProxyError(entry);
    const family = isIPv4(address) ? 'ipv4' : 'ipv6';
    if (prefix === undefined) {
      blocks.addAddress(address, family);
      continue;
    }
    const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!(bits >= 0 && bits <= (family === 'ipv4' ? 32 : 128))) throw new TrustProxyError(entry);
    blocks.addSubnet(address, bits, family);
  }
  return {
    isEmpty: entries.length === 0,
    has(raw: string): boolean {
      const address = normalizeAddress(raw);
      if (!address) return false;
      return blocks.check(address, isIPv4(address) ? 'ipv4' : 'ipv6');
    },
  };
}

/** Whether a TRUST_PROXY list parses (for configuration schemas). */
export function isTrustProxyList(list: string | undefined): boolean {
  try {
    parseTrustedProxies(list);
    return true;
  } catch {
    return false;
  }
}

/**
 * The client's address. `peer` is the socket's remote address; `forwardedFor` the X-Forwarded-For
 * header(s). Only a trusted peer's X-Forwarded-For is read, from the right, skipping our own proxies:
 * the first hop that is not one of them is the client. A malformed hop there (a misconfigured proxy)
 * yields the proxy that reported it, never a client-chosen string. When every hop is trusted, the
 * left-most one is the client.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | readonly string[] | undefined,
  trusted: TrustedProxies,
): string | null {
  let current = normalizeAddress(peer);
  if (!current || !trusted.has(current)) return current;
  const hops = (typeof forwardedFor === 'string' ? [forwardedFor] : (forwardedFor ?? []))
    .join(',')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = normalizeAddress(hops[index]);
    if (!hop) return current;
    current = hop;
    if (!trusted.has(hop)) return hop;
  }
  return current;
}
