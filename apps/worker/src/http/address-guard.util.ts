/**
 * Which IP addresses the worker may connect to. Everything that is not ordinary public
 * unicast is refused: loopback, private (RFC 1918), link-local (cloud metadata lives at
 * 169.254.169.254), CGNAT, unique-local, multicast, reserved and documentation ranges, and
 * IPv6 forms that embed one of those IPv4 addresses (IPv4-mapped, NAT64, 6to4).
 *
 * Addresses are parsed with ipaddr.js; only canonical textual forms (what DNS answers and
 * `net` report) are accepted — anything `net.isIP` does not recognise is refused.
 */
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export type BlockedAddressKind =
  | 'invalid'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'shared'
  | 'unique-local'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'documentation'
  | 'benchmarking';

type Range = readonly [ipaddr.IPv4 | ipaddr.IPv6, number];
interface Rule {
  readonly range: Range;
  readonly kind: BlockedAddressKind;
}

function rule(cidr: string, kind: BlockedAddressKind): Rule {
  return { range: ipaddr.parseCIDR(cidr), kind };
}

/** IPv4 special-purpose ranges (IANA registry) that are not globally reachable. */
const IPV4_RULES: readonly Rule[] = [
  rule('0.0.0.0/8', 'unspecified'),
  rule('10.0.0.0/8', 'private'),
  rule('100.64.0.0/10', 'shared'), // CGNAT, RFC 6598
  rule('127.0.0.0/8', 'loopback'),
  rule('169.254.0.0/16', 'link-local'), // includes 169.254.169.254 (cloud metadata)
  rule('172.16.0.0/12', 'private'),
  rule('192.0.0.0/24', 'reserved'), // IETF protocol assignments
  rule('192.0.2.0/24', 'documentation'),
  rule('192.88.99.0/24', 'reserved'), // deprecated 6to4 relay anycast
  rule('192.168.0.0/16', 'private'),
  rule('198.18.0.0/15', 'benchmarking'),
  rule('198.51.100.0/24', 'documentation'),
  rule('203.0.113.0/24', 'documentation'),
  rule('224.0.0.0/4', 'multicast'),
  rule('255.255.255.255/32', 'broadcast'),
  rule('240.0.0.0/4', 'reserved'),
];

/** IPv6 ranges refused outright (before the embedded-IPv4 forms are looked at). */
const IPV6_RULES: readonly Rule[] = [
  rule('::/128', 'unspecified'),
  rule('::1/128', 'loopback'),
  rule('::/96', 'reserved'), // deprecated IPv4-compatible addresses (::a.b.c.d)
  rule('::ffff:0:0:0/96', 'reserved'), // RFC 6145 IPv4-translated
  rule('64:ff9b:1::/48', 'private'), // RFC 8215 local-use NAT64
  rule('100::/64', 'reserved'), // discard-only
  rule('2001::/23', 'reserved'), // IETF protocol assignments (Teredo, ORCHID, ...)
  rule('2001:db8::/32', 'documentation'),
  rule('3fff::/20', 'documentation'),
  rule('5f00::/16', 'reserved'), // SRv6 SIDs
  rule('fc00::/7', 'unique-local'),
  rule('fe80::/10', 'link-local'),
  rule('fec0::/10', 'private'), // deprecated site-local
  rule('ff00::/8', 'multicast'),
];

const IPV4_MAPPED = ipaddr.parseCIDR('::ffff:0:0/96');
const NAT64 = ipaddr.parseCIDR('64:ff9b::/96');
const SIX_TO_FOUR = ipaddr.parseCIDR('2002::/16');
/** All globally routable IPv6 unicast lives in 2000::/3; anything else is refused. */
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');

function matchRules(address: ipaddr.IPv4 | ipaddr.IPv6, rules: readonly Rule[]): BlockedAddressKind | null {
  for (const { range, kind } of rules) {
    if (address.kind() === range[0].kind() && address.match(range[0], range[1])) return kind;
  }
  return null;
}

function ipv4FromParts(high: number | undefined, low: number | undefined): ipaddr.IPv4 {
  const h = high ?? 0;
  const l = low ?? 0;
  return new ipaddr.IPv4([h >> 8, h & 0xff, l >> 8, l & 0xff]);
}

function classifyIpv4(address: ipaddr.IPv4): BlockedAddressKind | null {
  return matchRules(address, IPV4_RULES);
}

function classifyIpv6(address: ipaddr.IPv6): BlockedAddressKind | null {
  const direct = matchRules(address, IPV6_RULES);
  if (direct) return direct;
  const parts = address.parts;
  // Forms that carry an IPv4 address: refuse them when the embedded address is refused.
  if (address.match(IPV4_MAPPED)) return classifyIpv4(address.toIPv4Address());
  if (address.match(NAT64)) return classifyIpv4(ipv4FromParts(parts[6], parts[7]));
  if (address.match(SIX_TO_FOUR)) return classifyIpv4(ipv4FromParts(parts[1], parts[2]));
  if (!address.match(GLOBAL_UNICAST)) return 'reserved';
  return null;
}

/**
 * Why `ip` must not be connected to, or `null` when it is a public address.
 * Accepts IPv4 dotted-quad and IPv6 text (with or without brackets or a zone id).
 */
export function classifyAddress(ip: string): BlockedAddressKind | null {
  const text = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  const family = isIP(text);
  if (family === 0) return 'invalid';
  try {
    const parsed = ipaddr.parse(text);
    if (family === 4 && parsed.kind() === 'ipv4') return classifyIpv4(parsed as ipaddr.IPv4);
    if (family === 6 && parsed.kind() === 'ipv6') {
      const v6 = parsed as ipaddr.IPv6;
      // ipaddr.js reads "::a.b.c.d" (IPv4-compatible, deprecated) as IPv4-mapped; it is not.
      if (text.includes('.') && v6.isIPv4MappedAddress() && !/ffff:[\d.]+$/i.test(text)) return 'reserved';
      return classifyIpv6(v6);
    }
    return 'invalid';
  } catch {
    return 'invalid';
  }
}

export function isBlockedAddress(ip: string): boolean {
  return classifyAddress(ip) !== null;
}

/** Words for a `BlockedAddressKind`, for error messages people read. */
export function describeBlockedKind(kind: BlockedAddressKind): string {
  switch (kind) {
    case 'invalid':
      return 'an invalid address';
    case 'unspecified':
      return 'an unspecified address (0.0.0.0 or ::)';
    case 'loopback':
      return 'this machine (loopback)';
    case 'private':
      return 'a private network';
    case 'link-local':
      return 'a link-local network';
    case 'shared':
      return 'a carrier-grade NAT network';
    case 'unique-local':
      return 'a private IPv6 network';
    case 'multicast':
      return 'a multicast address';
    case 'broadcast':
      return 'a broadcast address';
    case 'reserved':
      return 'a reserved address range';
    case 'documentation':
      return 'an address range reserved for documentation';
    case 'benchmarking':
      return 'an address range reserved for benchmarking';
  }
}
