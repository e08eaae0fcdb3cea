import { describe, expect, it } from 'vitest';
import { isHostAllowed, parseAllowedHost, parseAllowedHosts } from '../../src/http/index.js';

describe('parseAllowedHosts', () => {
  it('parses a comma list of host[:port], normalising hosts as URLs do', () => {
    expect(
      parseAllowedHosts(' localhost:8080, Feeds.Internal ,127.0.0.1:80,[::1]:3000,::1,,2130706433'),
    ).toEqual([
      { hostname: 'localhost', port: 8080 },
      { hostname: 'feeds.internal' },
      { hostname: '127.0.0.1', port: 80 },
      { hostname: '::1', port: 3000 },
      { hostname: '::1' },
      { hostname: '127.0.0.1' },
    ]);
    expect(parseAllowedHosts(undefined)).toEqual([]);
    expect(parseAllowedHosts('')).toEqual([]);
  });

  it.each(['http://x', 'host:port', 'a/b', 'host:0', 'host:70000', 'a b', '[::1'])('rejects %s', (entry) => {
    expect(() => parseAllowedHost(entry)).toThrow(entry);
  });
});

describe('isHostAllowed', () => {
  const list = parseAllowedHosts('localhost:8080,feeds.internal,[::1]:3000');
  it('matches host and, when given, port', () => {
    expect(isHostAllowed(list, 'localhost', 8080)).toBe(true);
    expect(isHostAllowed(list, 'LOCALHOST', 8080)).toBe(true);
    expect(isHostAllowed(list, 'localhost', 8081)).toBe(false);
    expect(isHostAllowed(list, 'feeds.internal', 443)).toBe(true);
    expect(isHostAllowed(list, 'feeds.internal.evil.com', 443)).toBe(false);
    expect(isHostAllowed(list, '[::1]', 3000)).toBe(true);
    expect(isHostAllowed(list, '::1', 3000)).toBe(true);
    expect(isHostAllowed(list, '127.0.0.1', 8080)).toBe(false);
  });
});
