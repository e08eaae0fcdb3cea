import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  /** PUBLIC_WEB_URL: when it is https, answers carry Strict-Transport-Security. */
  publicWebUrl: string;
  isProduction: boolean;
  /** Where bull-board serves its page (it loads its own scripts and styles). */
  dashboardPath: string;
  graphqlPath: string;
}

type Directives = Record<string, string[]>;

/** JSON, feeds and errors: nothing on an API answer may load, run, frame or be framed. */
const API_POLICY: Directives = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** bull-board's page: its own scripts and styles (inline style attributes included) and its JSON API. */
const DASHBOARD_POLICY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** GraphiQL, development only: Yoga's page loads its editor from unpkg and boots it inline. */
const GRAPHIQL_POLICY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  'style-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  'img-src': ["'self'", 'data:', 'https:'],
  'font-src': ["'self'", 'data:', 'https://unpkg.com'],
  'worker-src': ["'self'", 'blob:', 'https://unpkg.com'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
};

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function isUnder(path: string, base: string): boolean {
  const lower = path.toLowerCase();
  return lower === base || lower.startsWith(`${base}/`);
}

/**
 * Security headers on every answer of the API — GraphQL, feeds, exports, the dashboard, and every 404
 * or error page Nest, Express or Yoga write — from helmet, the first middleware: a Content-Security-
 * Policy (none at all may load on API answers), nosniff, DENY framing, same-origin resource and opener
 * policies, no referrer, no X-Powered-By; and HSTS (one year, subdomains) when PUBLIC_WEB_URL is https.
 */
export function createSecurityHeaders(options: SecurityHeaderOptions): RequestHandler {
  const strictTransportSecurity = isHttps(options.publicWebUrl)
    ? { maxAge: 31_536_000, includeSubDomains: true }
    : false;
  const withPolicy = (directives: Directives) =>
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives },
      strictTransportSecurity,
      xFrameOptions: { action: 'deny' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      referrerPolicy: { policy: 'no-referrer' },
    });
  const api = withPolicy(API_POLICY);
  const dashboard = withPolicy(DASHBOARD_POLICY);
  const graphiql = withPolicy(GRAPHIQL_POLICY);
  return (req: Request, res: Response, next: NextFunction) => {
    if (isUnder(req.path, options.dashboardPath)) return dashboard(req, res, next);
    const isGraphiQL =
      !options.isProduction &&
      req.method === 'GET' &&
      isUnder(req.path, options.graphqlPath) &&
      (req.headers.accept ?? '').includes('text/html');
    return (isGraphiQL ? graphiql : api)(req, res, next);
  };
}
