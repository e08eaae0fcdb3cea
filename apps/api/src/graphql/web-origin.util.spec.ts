import { describe, expect, it } from 'vitest';
import { foreignOriginReason, isWebOrigin } from './web-origin.util.js';

describe('isWebOrigin', () => {
  it('accepts exactly the origin of PUBLIC_WEB_URL', () => {
    expect(isWebOrigin('https://tributary.example', 'https://tributary.example')).toBe(true);
    expect(isWebOrigin('https://tributary.example', 'https://tributary.example/app/')).toBe(true);
    expect(isWebOrigin('https://tributary.example:443', 'https://tributary.example')).toBe(true);
  });

  it('refuses other schemes, ports, subdomains, look-alikes and garbage', () => {
    const web = 'https://tributary.example';
    for (const origin of [
      'http://tributary.example',
      'https://tributary.example:8443',
      'https://evil.tributary.example',
      'https://tributary.example.evil.example',
      'null',
      '',
      'file://',
      'javascript:alert(1)',
    ]) {
      expect(isWebOrigin(origin, web), origin).toBe(false);
    }
  });

  it('treats loopback names as one host for a loopback PUBLIC_WEB_URL, on the same port only', () => {
    expect(isWebOrigin('http://127.0.0.1:3000', 'http://localhost:3000')).toBe(true);
    expect(isWebOrigin('http://[::1]:3000', 'http://localhost:3000')).toBe(true);
    expect(isWebOrigin('http://localhost:3001', 'http://localhost:3000')).toBe(false);
    expect(isWebOrigin('http://127.0.0.1:3001', 'http://127.0.0.1:3000')).toBe(false);
    expect(isWebOrigin('http://localhost:3000', 'https://tributary.example')).toBe(false);
  });
});

describe('foreignOriginReason', () => {
  const web = 'http://127.0.0.1:3000';

  it('lets through requests without an Origin (server to server) and from the web origin', () => {
    expect(foreignOriginReason({}, web)).toBeNull();
    expect(foreignOriginReason({ origin: web, 'sec-fetch-site': 'same-origin' }, web)).toBeNull();
  });

  it('refuses another origin, a null origin and cross-site fetches', () => {
    expect(foreignOriginReason({ origin: 'http://127.0.0.1:4444' }, web)).toMatch(/origin/);
    expect(foreignOriginReason({ origin: 'null' }, web)).toMatch(/origin/);
    expect(foreignOriginReason({ 'sec-fetch-site': 'cross-site' }, web)).toMatch(/Cross-site/);
    expect(foreignOriginReason({ 'sec-fetch-site': 'Cross-Site' }, web)).toMatch(/Cross-site/);
  });
});
