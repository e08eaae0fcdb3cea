// Runs before every page: gives the request a fresh CSP nonce, which Next reads from the request's
// CSP header and puts on its own scripts and styles.
import { NextResponse, type NextRequest } from 'next/server';
import { getWebConfig } from './lib/config';
import { buildContentSecurityPolicy, createNonce } from './lib/security';

export function proxy(request: NextRequest): NextResponse {
  const config = getWebConfig();
  const nonce = createNonce();
  const csp = buildContentSecurityPolicy({ nonce, isDev: config.isDev });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  // The page asked for, so a sign-in redirect can come back to it (never trusted from the client).
  requestHeaders.set('x-url', `${request.nextUrl.pathname}${request.nextUrl.search}`);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Every page, the not-found page included, except exactly: static build output, images, the icons,
      // and the pass-throughs to the API — /graphql and /exports/<id>/archive.json (JSON, no scripts),
      // /websub/<token> (WebSub hubs' callbacks), /api/greader/* and /api/fever (reader apps), and /admin/queues (bull-board's own page, sent as the API
      // answers it: our nonce CSP would block its scripts and styles). Anchored, so that /graphqlx or
      // /exports/x/y are 404 pages with the policy.
      source:
        '/((?!_next/static/|_next/image$|graphql$|exports/[^/]+/archive\\.json$|websub/[^/]+$|admin/queues(?:/|$)|api/greader/|api/fever/?$|favicon\\.ico$|icon\\.svg$|robots\\.txt$).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
