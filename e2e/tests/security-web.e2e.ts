// The web app's own defences, in the real stack and a real browser:
// - after signing in, `next` only ever leads to a page of this origin (open-redirect attempts end on /timeline);
// - per-address limits are per visitor, not per web server: the web server signs each visitor's address for
//   the API, so one address using up its anonymous quota does not stop another from signing in. The web
//   server of the stack trusts X-Forwarded-For from 127.0.0.1 (TRUST_PROXY; the API trusts no proxy), so
//   these requests stand for distinct visitors behind a reverse proxy;
// - malformed percent-encoding in a path is a 404 page, with the Content-Security-Policy; no X-Powered-By.
import { randomBytes } from 'node:crypto';
import { type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { person, signUpWithInvite, type Person } from '../support/app.js';
import { launchChromium } from '../support/chromium.js';
import { createSystemInvite } from '../support/journey.js';

const webUrl = inject('webUrl');
const webOrigin = new URL(webUrl).origin;
let addressCounter = 0;

/** A documentation-range address (TEST-NET-3) of its own for each visitor in this file. */
function freshAddress(): string {
  addressCounter += 1;
  return `203.0.113.${(process.pid % 100) + addressCounter}`;
}

describe('web security', () => {
  let browser: Browser;
  let member: Person;
  const contexts: BrowserContext[] = [];

  /** A browser profile of its own, arriving from `address` through the (trusted) local proxy. */
  async function visitor(address: string): Promise<BrowserContext> {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
    // Nothing may leave for the attacker's host; record it if the browser tries.
    await context.route(
      (url) => url.hostname.endsWith('evil.example'),
      (route) => route.fulfill({ status: 200, body: 'left the site' }),
    );
    contexts.push(context);
    return context;
  }

  async function signIn(context: BrowserContext, next: string | null): Promise<URL> {
    const page = await context.newPage();
    await page.goto(next === null ? `${webUrl}/login` : `${webUrl}/login?next=${next}`);
    await page.getByLabel('Email or handle').fill(member.handle);
    await page.getByLabel('Password').fill(member.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 20_000 });
    await page.waitForLoadState('load');
    return new URL(page.url());
  }

  beforeAll(async () => {
    browser = await launchChromium();
    const suffix = randomBytes(3).toString('hex');
    member = person(`sec_${suffix}`, 'Sam Secure');
    const code = await createSystemInvite(inject('databaseUrl'), `sec-${suffix}`, 1);
    const context = await visitor(freshAddress());
    await signUpWithInvite(await context.newPage(), webUrl, code, member);
  });

  afterAll(async () => {
    await browser?.close();
  });

  // As typed into the address bar: the browser sends `\` and `%09` as they are.
  it.each([
    ['a backslash', '/\\evil.example'],
    ['an encoded tab', '/%09/evil.example'],
    ['an encoded newline', '/%0a/evil.example'],
    ['a protocol-relative URL', '//evil.example'],
    ['an encoded protocol-relative URL', '%2F%2Fevil.example'],
    ['a dot segment', '/.//evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('after sign-in, next= with %s ends on this origin', async (_name, next) => {
    const landed = await signIn(await visitor(freshAddress()), next);
    expect(landed.origin).toBe(webOrigin);
    expect(landed.pathname).toBe('/timeline');
  });

  it('after sign-in, a same-origin next= is followed', async () => {
    const landed = await signIn(
      await visitor(freshAddress()),
      encodeURIComponent(`/u/${member.handle}?tab=1`),
    );
    expect(landed.origin).toBe(webOrigin);
    expect(`${landed.pathname}${landed.search}`).toBe(`/u/${member.handle}?tab=1`);
  });

  it('80 anonymous page loads from one address do not block a sign-in from another', async () => {
    const busy = freshAddress();
    for (let view = 0; view < 80; view += 1) {
      const response = await fetch(`${webUrl}/u/${member.handle}`, { headers: { 'x-forwarded-for': busy } });
      await response.body?.cancel();
    }
    // The busy address has (by now, or after a few more requests) used up its own anonymous quota…
    let isLimited = false;
    for (let attempt = 0; attempt < 320 && !isLimited; attempt += 1) {
      const response = await fetch(`${webUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tributary-client': 'e2e', 'x-forwarded-for': busy },
        body: JSON.stringify({ query: '{ health { ok } }' }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      isLimited = body.errors?.[0]?.extensions?.code === 'RATE_LIMITED';
    }
    expect(isLimited).toBe(true);
    // A client-address header of the browser's own making is replaced by the web server, not believed.
    const forged = await fetch(`${webUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-tributary-client': 'e2e',
        'x-forwarded-for': busy,
        'x-tributary-client-address': `v1;198.51.100.1;${Math.floor(Date.now() / 1000)};forged`,
      },
      body: JSON.stringify({ query: '{ health { ok } }' }),
    });
    const forgedBody = (await forged.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(forgedBody.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    // …and a visitor from another address signs in through the web app all the same.
    const landed = await signIn(await visitor(freshAddress()), null);
    expect(landed.pathname).toBe('/timeline');
  });

  it.each(['/u/%ff', '/c/%E0%A4%A', '/sources/%ff', '/e/%ff', '/u/%C0%AF/feed.xml'])(
    '%s is a 404 page with the Content-Security-Policy',
    async (path) => {
      const response = await fetch(`${webUrl}${path}`);
      const html = await response.text();
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-/);
      expect(html).toContain('Page not found');
    },
  );

  it('sends the policy on 404s next to the API pass-throughs, and no X-Powered-By or HSTS over http', async () => {
    for (const path of ['/graphqlx', '/exports/x/y', '/icon.svgx', '/no-such-page']) {
      const response = await fetch(`${webUrl}${path}`);
      await response.body?.cancel();
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-security-policy'), path).toMatch(/'nonce-/);
      expect(response.headers.get('x-powered-by'), path).toBeNull();
      expect(response.headers.get('strict-transport-security'), path).toBeNull();
    }
  });
});
