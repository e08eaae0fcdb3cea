import { isIPv4, isIPv6 } from 'node:net';

/**
 * The rate-limit subject of a client address: an IPv4 address as is, an IPv6 address by its /64
 * network (one subscriber usually gets a whole /64, so per-address limits would be trivially evaded).
 * IPv4-mapped IPv6 addresses count as their IPv4 address.
 */
export function rateLimitSubjectForIp(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return address || 'unknown';
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros. */
export function expandIPv6(address: string): string[] {
  let text = address;
  const embedded = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (embedded?.[1]) {
    const [a, b, c, d] = embedded[1].split('.').map(Number) as [number, number, number, number];
    text =
      text.slice(0, -embedded[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tailGroups];
  return groups.map((group) => parseInt(group || '0', 16).toString(16));
}
