import { describe, expect, it } from 'vitest';
import {
  buildClearedSessionCookie,
  buildSessionCookie,
  readCookie,
  sessionCookieName,
} from './session-cookie.util.js';

describe('session cookie', () => {
  it('is __Host- prefixed and Secure over https', () => {
    const cookie = buildSessionCookie('https://tributary.example', 'tok', 86_400);
    expect(cookie).toBe(
      '__Host-tributary_session=tok; Path=/; Max-Age=86400; HttpOnly; SameSite=Lax; Secure',
    );
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it('has a plain name and no Secure over http', () => {
    expect(sessionCookieName('http://localhost:3000')).toBe('tributary_session');
    const cookie = buildSessionCookie('http://localhost:3000', 'tok', 60);
    expect(cookie).toBe('tributary_session=tok; Path=/; Max-Age=60; HttpOnly; SameSite=Lax');
  });

  it('clears with Max-Age=0', () => {
    expect(buildClearedSessionCookie('http://localhost:3000')).toMatch(
      /^tributary_session=; Path=\/; Max-Age=0;/,
    );
  });

  it('reads one cookie out of a header', () => {
    expect(readCookie('a=1; tributary_session=xyz; b=2', 'tributary_session')).toBe('xyz');
    expect(readCookie('tributary_session_other=1', 'tributary_session')).toBeUndefined();
    expect(readCookie(undefined, 'x')).toBeUndefined();
  });
});
