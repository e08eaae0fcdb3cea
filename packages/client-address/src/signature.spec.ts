import { describe, expect, it } from 'vitest';
import { SIGNATURE_MAX_AGE_MS, signClientAddress, verifyClientAddress } from './signature.js';

const SECRET = 'a-secret-shared-by-web-and-api-000000';
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('signClientAddress / verifyClientAddress', () => {
  it('round-trips an address, IPv4 and IPv6', () => {
    expect(verifyClientAddress(signClientAddress('203.0.113.7', SECRET, NOW), SECRET, NOW)).toBe(
      '203.0.113.7',
    );
    expect(verifyClientAddress(signClientAddress('2001:DB8::1', SECRET, NOW), SECRET, NOW + 1_000)).toBe(
      '2001:db8::1',
    );
  });

  it('refuses another secret, a changed address, and a changed time', () => {
    const header = signClientAddress('203.0.113.7', SECRET, NOW);
    expect(verifyClientAddress(header, `${SECRET}x`, NOW)).toBeNull();
    expect(verifyClientAddress(header.replace('203.0.113.7', '203.0.113.8'), SECRET, NOW)).toBeNull();
    const [version, address, seconds, signature] = header.split(';');
    expect(
      verifyClientAddress([version, address, Number(seconds) + 1, signature].join(';'), SECRET, NOW),
    ).toBeNull();
  });

  it('refuses expired and far-future signatures', () => {
    const header = signClientAddress('203.0.113.7', SECRET, NOW);
    expect(verifyClientAddress(header, SECRET, NOW + SIGNATURE_MAX_AGE_MS - 1_000)).toBe('203.0.113.7');
    expect(verifyClientAddress(header, SECRET, NOW + SIGNATURE_MAX_AGE_MS + 1_000)).toBeNull();
    expect(verifyClientAddress(header, SECRET, NOW - 60_000)).toBeNull();
  });

  it('refuses malformed values without throwing', () => {
    for (const value of [
      undefined,
      null,
      '',
      '203.0.113.7',
      'v1;203.0.113.7;1',
      'v2;203.0.113.7;1767268800;abc',
      'v1;evil.example;1767268800;abc',
      'v1;::ffff:1.2.3.4;1767268800;abc',
      'v1;1.2.3.4;-5;abc',
      'v1;1.2.3.4;1767268800;abc;extra',
      `v1;1.2.3.4;1767268800;${'x'.repeat(300)}`,
      ['v1;1.2.3.4;1767268800;abc'],
    ]) {
      expect(verifyClientAddress(value, SECRET, NOW), JSON.stringify(value)).toBeNull();
    }
  });

  it('signs only addresses', () => {
    expect(() => signClientAddress('evil.example', SECRET)).toThrow(TypeError);
  });
});
