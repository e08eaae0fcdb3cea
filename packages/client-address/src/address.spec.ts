import { describe, expect, it } from 'vitest';
import {
  isTrustProxyList,
  normalizeAddress,
  parseTrustedProxies,
  resolveClientAddress,
  TrustProxyError,
} from './address.js';

describe('normalizeAddress', () => {
  it('canonicalises the forms proxies and sockets use', () => {
    expect(normalizeAddress(' 203.0.113.7 ')).toBe('203.0.113.7');
    expect(normalizeAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normalizeAddress('203.0.113.7:5678')).toBe('203.0.113.7');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeAddress('"2001:db8::2"')).toBe('2001:db8::2');
  });

  it('refuses what is not an address', () => {
    for (const value of [
      '',
      'unknown',
      'evil.example',
      '1.2.3',
      '300.1.1.1',
      '1.2.3.4;x',
      '::g',
      undefined,
      null,
    ]) {
      expect(normalizeAddress(value), String(value)).toBeNull();
    }
  });
});

describe('parseTrustedProxies', () => {
  it('matches single addresses and CIDR ranges of both families', () => {
    const trusted = parseTrustedProxies('127.0.0.1, 10.0.0.0/8 ,fd00::/8, ::1');
    expect(trusted.has('127.0.0.1')).toBe(true);
    expect(trusted.has('::ffff:127.0.0.1')).toBe(true);
    expect(trusted.has('10.200.3.4')).toBe(true);
    expect(trusted.has('fd12::5')).toBe(true);
    expect(trusted.has('::1')).toBe(true);
    expect(trusted.has('127.0.0.2')).toBe(false);
    expect(trusted.has('11.0.0.1')).toBe(false);
    expect(trusted.has('not an address')).toBe(false);
    expect(trusted.isEmpty).toBe(false);
    expect(parseTrustedProxies(undefined).isEmpty).toBe(true);
  });

  it('names the entry that is wrong', () => {
    expect(() => parseTrustedProxies('127.0.0.1, proxy.local')).toThrow(TrustProxyError);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies('10.0.0.0/8/1')).toThrow(TrustProxyError);
    expect(isTrustProxyList('10.0.0.0/8')).toBe(true);
    expect(isTrustProxyList('*')).toBe(false);
  });
});

describe('resolveClientAddress', () => {
  const trusted = parseTrustedProxies('127.0.0.1, 10.0.0.0/8');

  it('answers the socket peer when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('198.51.100.9', '203.0.113.7', trusted)).toBe('198.51.100.9');
    expect(resolveClientAddress('198.51.100.9', undefined, parseTrustedProxies(''))).toBe('198.51.100.9');
  });

  it('takes the right-most hop that is not a trusted proxy, not the client-written left part', () => {
    // The client wrote "1.1.1.1"; the outer proxy appended the real peer 203.0.113.7, the inner 10.0.0.2.
    expect(resolveClientAddress('127.0.0.1', '1.1.1.1, 203.0.113.7, 10.0.0.2', trusted)).toBe('203.0.113.7');
    expect(resolveClientAddress('127.0.0.1', ['1.1.1.1', '203.0.113.7'], trusted)).toBe('203.0.113.7');
    // A client claiming to be a trusted proxy itself gains nothing: the hop right of it is its own.
    expect(resolveClientAddress('127.0.0.1', '10.0.0.9, 198.51.100.4', trusted)).toBe('198.51.100.4');
  });

  it('never believes a malformed hop; when all hops are trusted, the left-most is the client', () => {
    expect(resolveClientAddress('127.0.0.1', 'garbage, 10.0.0.2', trusted)).toBe('10.0.0.2');
    expect(resolveClientAddress('127.0.0.1', 'nonsense', trusted)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', '10.0.0.3, 10.0.0.2', trusted)).toBe('10.0.0.3');
    expect(resolveClientAddress('127.0.0.1', '', trusted)).toBe('127.0.0.1');
    expect(resolveClientAddress(undefined, '1.1.1.1', trusted)).toBeNull();
  });
});
