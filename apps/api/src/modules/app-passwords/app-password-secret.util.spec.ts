import { describe, expect, it } from 'vitest';
import { appPasswordLookup, feverApiKey, generateAppPassword, readerTokenFor } from './app-password-secret.util.js';

describe('app password secrets', () => {
  it('are marked, random and carry their lookup part', () => {
    const [first, second] = [generateAppPassword(), generateAppPassword()];
    expect(first).toMatch(/^trb_[A-Za-z0-9_-]{32}$/);
    expect(first).not.toBe(second);
    expect(appPasswordLookup(first)).toBe(first.slice(4, 12));
  });

  it('refuse text that cannot be an app password (an account password, a truncated secret)', () => {
    expect(appPasswordLookup('correct horse battery staple')).toBeNull();
    expect(appPasswordLookup(generateAppPassword().slice(0, -1))).toBeNull();
    expect(appPasswordLookup('trb_' + '!'.repeat(32))).toBeNull();
  });

  it('derive one reader token per secret', () => {
    const secret = generateAppPassword();
    expect(readerTokenFor(secret)).toBe(readerTokenFor(secret));
    expect(readerTokenFor(secret)).not.toBe(readerTokenFor(generateAppPassword()));
  });

  it('compute the Fever api_key as clients do: md5 of "email:password" in lowercase hex', () => {
    // md5("a@b.c:pw"), computed independently with `printf 'a@b.c:pw' | md5sum`.
    expect(feverApiKey('a@b.c', 'pw')).toBe('f960b16d2350ffbaf32c5eca97a1826b');
  });
});
