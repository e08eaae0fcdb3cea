import { createHash, randomBytes } from 'node:crypto';

/** Every app password starts with this mark, so a leaked one is recognisable (and scannable) as ours. */
export const APP_PASSWORD_MARK = 'trb_';
/** Characters after the mark that find the row to verify (not secret on their own: 48 bits of 192). */
const LOOKUP_LENGTH = 8;
/** Google Reader auth tokens handed out by ClientLogin start with this mark. */
const TOKEN_MARK = 'trbgr_';

/** A new secret: the mark and 32 base64url characters (192 random bits). */
export function generateAppPassword(): string {
  return APP_PASSWORD_MARK + randomBytes(24).toString('base64url');
}

/** The lookup part of a secret, or null when the text cannot be one of ours. */
export function appPasswordLookup(secret: string): string | null {
  if (!secret.startsWith(APP_PASSWORD_MARK) || secret.length !== APP_PASSWORD_MARK.length + 32) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(secret.slice(APP_PASSWORD_MARK.length))) return null;
  return secret.slice(APP_PASSWORD_MARK.length, APP_PASSWORD_MARK.length + LOOKUP_LENGTH);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The Google Reader auth token of a secret. Derived (not random) so that every ClientLogin with the same
 * app password answers the same token: a client signed in on two devices keeps both working. It is as
 * strong as the secret and dies with the app password (only its SHA-256 is stored).
 */
export function readerTokenFor(secret: string): string {
  return TOKEN_MARK + createHash('sha256').update(`tributary-greader-token:${secret}`, 'utf8').digest('base64url');
}

/** What a Fever client sends as api_key: lowercase hex md5 of "email:password". */
export function feverApiKey(email: string, secret: string): string {
  return createHash('md5').update(`${email}:${secret}`, 'utf8').digest('hex');
}
