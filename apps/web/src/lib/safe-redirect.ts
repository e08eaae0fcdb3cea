// Where to send someone after signing in: only a path on this origin. `next` comes from the address bar,
// so it is hostile until proven otherwise — `/\evil.example`, `/%09/evil.example`, `//evil.example`,
// `/.//evil.example`, `javascript:…` all try to leave the site once a browser or router reads them.

/** Where a sign-in goes when `next` is missing or not a same-origin path. */
export const DEFAULT_AFTER_SIGN_IN = '/timeline';

/** Any base on one origin does: only same-origin paths survive, and only their path, query and hash are kept. */
const BASE = 'http://tributary.invalid';

/** Backslashes, C0/C1 controls, space and the other whitespace or invisible characters. */
/* eslint-disable no-control-regex -- control characters are exactly what is refused */
const REFUSED_CHARACTERS =
  /[\\\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/;
/* eslint-enable no-control-regex */

/**
 * `next` as a same-origin path (`/path?query#hash`, re-serialised from a parsed URL), or `fallback`.
 * Refused: anything not starting with a single `/`, backslashes and control or whitespace characters
 * anywhere (browsers drop or reinterpret them), other origins after parsing, and results a browser would
 * read as protocol-relative (`//host`).
 */
export function safeRedirectPath(next: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2048) return fallback;
  if (!next.startsWith('/') || next.startsWith('//')) return fallback;
  if (REFUSED_CHARACTERS.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return fallback;
  return path;
}
