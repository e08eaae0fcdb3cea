import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, verifyClientAddress } from './signature.js';
import { createClientAddressStamper, type IncomingLike } from './stamp.js';

const SECRET = 'a-secret-shared-by-web-and-api-000000';

function request(peer: string, headers: IncomingLike['headers'] = {}): IncomingLike {
  return { headers: { ...headers }, socket: { remoteAddress: peer } };
}

describe('createClientAddressStamper (the web server, before Next sees a request)', () => {
  it('replaces a browser-sent client-address header with the signed socket address', () => {
    const stamp = createClientAddressStamper({ secret: SECRET, trustProxy: undefined });
    const forged = request('::ffff:198.51.100.9', {
      [CLIENT_ADDRESS_HEADER]: 'v1;1.1.1.1;9999999999;forged',
      'x-forwarded-for': '1.1.1.1',
    });
    stamp(forged);
    expect(verifyClientAddress(forged.headers[CLIENT_ADDRESS_HEADER], SECRET)).toBe('198.51.100.9');
  });

  it('behind a trusted proxy, signs the right-most untrusted X-Forwarded-For hop', () => {
    const stamp = createClientAddressStamper({ secret: SECRET, trustProxy: '127.0.0.1' });
    const proxied = request('127.0.0.1', { 'x-forwarded-for': '1.1.1.1, 203.0.113.7' });
    stamp(proxied);
    expect(verifyClientAddress(proxied.headers[CLIENT_ADDRESS_HEADER], SECRET)).toBe('203.0.113.7');
  });

  it('without a secret only removes the header', () => {
    const stamp = createClientAddressStamper({ secret: undefined, trustProxy: undefined });
    const incoming = request('198.51.100.9', { [CLIENT_ADDRESS_HEADER]: 'anything' });
    stamp(incoming);
    expect(incoming.headers[CLIENT_ADDRESS_HEADER]).toBeUndefined();
  });

  it('refuses a short secret and a wrong TRUST_PROXY at start-up', () => {
    expect(() => createClientAddressStamper({ secret: 'short', trustProxy: undefined })).toThrow(/32/);
    expect(() => createClientAddressStamper({ secret: SECRET, trustProxy: 'proxy.local' })).toThrow(
      /proxy\.local/,
    );
  });
});
