// Runs before every page: gives the request a fresh CSP nonce (Next reads it from the request's CSP
// header and puts it on its own scripts), and forwards the browser's same-origin /graphql to the API.
import { NextResponse, type NextRequest } from 'next/server';
import { getWebConfig } from './lib/config';
import { BROWSER_GRAPHQL_PATH } from './lib/graphql/browser';
import { buildContentSecurityPolicy, createNonce } from './lib/security';

export function proxy(request: NextRequest): NextResponse {
  const config = getWebConfig();

  if (request.nextUrl.pathname === BROWSER_GRAPHQL_PATH) {
    // Read at run time (not baked in at build like next.config rewrites), so API_URL/API_PORT apply.
    const target = new URL(config.apiUrl);
    target.search = request.nextUrl.search;
    return NextResponse.rewrite(target);
  }

  const nonce = createNonce();
  const csp = buildContentSecurityPolicy({ nonce, isDev: config.isDev });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Everything but static build output and image optimisation; prefetches get no new nonce.
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
