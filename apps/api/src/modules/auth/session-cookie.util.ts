/**
 * The session cookie. Over HTTPS it is `__Host-` prefixed (Secure, Path=/, no Domain: bound to the
 * exact origin, ASVS 3.3.1–3.3.4); over plain HTTP (local development) browsers refuse `__Host-`
 * and `Secure`, so a plain name is used.
 */
export function isSecureOrigin(publicWebUrl: string): boolean {
  return publicWebUrl.startsWith('https:');
}

export function sessionCookieName(publicWebUrl: string): string {
  return isSecureOrigin(publicWebUrl) ? '__Host-tributary_session' : 'tributary_session';
}

export function buildSessionCookie(publicWebUrl: string, token: string, maxAgeSeconds: number): string {
  const attributes = [
    `${sessionCookieName(publicWebUrl)}=${token}`,
    'Path=/',
    `Max-Age=${Math.max(0, Math.round(maxAgeSeconds))}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (isSecureOrigin(publicWebUrl)) attributes.push('Secure');
  return attributes.join('; ');
}

/** A Set-Cookie value that deletes the session cookie. */
export function buildClearedSessionCookie(publicWebUrl: string): string {
  return buildSessionCookie(publicWebUrl, '', 0);
}

/** The value of cookie `name` in a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}
