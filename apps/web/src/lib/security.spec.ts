import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, createNonce, FRAME_HOSTS } from './security';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('content security policy', () => {
  it('is strict in production: nonce + strict-dynamic, no eval, no inline', () => {
    const policy = directives(buildContentSecurityPolicy({ nonce: 'abc123==', isDev: false }));

    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'https:', 'data:']);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
  });

  it('allows frames from exactly the hosts whose iframes the sanitizer keeps', () => {
    const policy = directives(buildContentSecurityPolicy({ nonce: 'n', isDev: false }));
    const sanitizer = readFileSync(
      new URL('../../../../packages/bridges/src/sanitize.ts', import.meta.url),
      'utf8',
    );
    const list = /ALLOWED_IFRAME_HOSTS = \[([^\]]*)\]/.exec(sanitizer)?.[1] ?? '';
    const hosts = [...list.matchAll(/'([^']+)'/g)].map((match) => match[1]);

    expect(hosts.length).toBeGreaterThan(0);
    expect([...FRAME_HOSTS].sort()).toEqual([...hosts].sort());
    expect(policy.get('frame-src')).toEqual(FRAME_HOSTS.map((host) => `https://${host}`));
  });

  it("allows eval only in development, where Next's tooling needs it", () => {
    const policy = directives(buildContentSecurityPolicy({ nonce: 'n', isDev: true }));
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
  });

  it('makes a fresh 128-bit nonce every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});
