import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidHubSignature } from './websub-signature.util.js';

const body = Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>');
const sign = (algorithm: string, secret = 's3cret', content: Uint8Array = body) =>
  `${algorithm}=${createHmac(algorithm, secret).update(content).digest('hex')}`;

describe('isValidHubSignature', () => {
  it('accepts the HMAC of the raw body with every method the spec names', () => {
    for (const algorithm of ['sha1', 'sha256', 'sha384', 'sha512']) {
      expect(isValidHubSignature(sign(algorithm), 's3cret', body)).toBe(true);
    }
    expect(
      isValidHubSignature(sign('sha256').toUpperCase().replace('SHA256', 'sha256'), 's3cret', body),
    ).toBe(true);
  });

  it('refuses a missing, malformed, wrongly keyed or other-body signature, and unknown methods', () => {
    expect(isValidHubSignature(undefined, 's3cret', body)).toBe(false);
    expect(isValidHubSignature('', 's3cret', body)).toBe(false);
    expect(isValidHubSignature('sha256', 's3cret', body)).toBe(false);
    expect(isValidHubSignature('sha256=zz', 's3cret', body)).toBe(false);
    expect(isValidHubSignature(sign('sha256', 'other'), 's3cret', body)).toBe(false);
    expect(isValidHubSignature(sign('sha256', 's3cret', Buffer.from('x')), 's3cret', body)).toBe(false);
    expect(isValidHubSignature(sign('md5'), 's3cret', body)).toBe(false);
    // A truncated digest is not a shorter valid one.
    expect(isValidHubSignature(sign('sha256').slice(0, 20), 's3cret', body)).toBe(false);
  });
});
