import type { NextConfig } from 'next';
import { STATIC_SECURITY_HEADERS } from './src/lib/security';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `next dev` treats localhost as its origin; let 127.0.0.1 (scripts, Playwright) use HMR too.
  allowedDevOrigins: ['127.0.0.1'],
  // The monorepo root holds the lockfile; tell Turbopack so it does not guess.
  turbopack: { root: new URL('../..', import.meta.url).pathname },
  headers() {
    // The CSP itself is per request (src/proxy.ts); these hold for every response.
    return Promise.resolve([{ source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] }]);
  },
};

export default nextConfig;
