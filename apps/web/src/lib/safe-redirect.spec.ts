import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER_SIGN_IN, safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it('keeps same-origin paths with their query and hash', () => {
    expect(safeRedirectPath('/timeline')).toBe('/timeline');
    expect(safeRedirectPath('/u/maria?tab=shares#top')).toBe('/u/maria?tab=shares#top');
    expect(safeRedirectPath('/c/maria')).toBe('/c/maria');
    expect(safeRedirectPath('/search?q=a%20b')).toBe('/search?q=a%20b');
    // Re-serialised: dot segments resolved, unsafe characters percent-encoded.
    expect(safeRedirectPath('/a/../settings')).toBe('/settings');
    expect(safeRedirectPath('/search?q="x"')).toBe('/search?q=%22x%22');
  });

  it.each([
    ['backslash after the slash', '/\\evil.example'],
    ['backslashes only', '\\\\evil.example'],
    ['slash, backslash, slash', '/\\/evil.example'],
    ['tab between the slashes', '/\t/evil.example'],
    ['newline between the slashes', '/\n/evil.example'],
    ['carriage return', '/\r/evil.example'],
    ['NUL', '/\u0000/evil.example'],
    ['leading space', ' //evil.example'],
    ['non-breaking space', '/\u00a0/evil.example'],
    ['zero-width space', '/\u200b/evil.example'],
    ['protocol-relative', '//evil.example'],
    ['protocol-relative with path', '//evil.example/timeline'],
    ['triple slash', '///evil.example'],
    ['dot segment to a protocol-relative path', '/.//evil.example'],
    ['dot-dot segment to a protocol-relative path', '/x/..//evil.example'],
    ['absolute http URL', 'http://evil.example/'],
    ['absolute https URL', 'https://evil.example/timeline'],
    ['scheme-relative to the same scheme', 'http:evil.example'],
    ['javascript URL', 'javascript:alert(document.domain)'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['relative path', 'evil.example'],
    ['user-info trick', '/@evil.example'.replace('/', '//')],
    ['empty', ''],
    ['too long', `/${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, next) => {
    expect(safeRedirectPath(next)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it('refuses what is not a string, and falls back to what the caller asks for', () => {
    expect(safeRedirectPath(undefined)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeRedirectPath(['/timeline', '//evil.example'])).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeRedirectPath('//evil.example', '/')).toBe('/');
  });

  it('keeps percent-encoded slashes encoded (a path, not a host)', () => {
    expect(safeRedirectPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
    expect(safeRedirectPath('/%5Cevil.example')).toBe('/%5Cevil.example');
  });
});
