// Cross-origin attacks in a real browser (issue 15, item 1): a page on another port of the same host —
// same-site, so the browser sends the victim's session cookie along — tries to read `me { email }` and
// to run mutations through both the web app's /graphql and the API itself. It gets nothing: no CORS
// grant lets it read, and every request that does reach the API is refused before anything runs.
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, person, signUpWithInvite } from '../support/app.js';
import { launchChromium } from '../support/chromium.js';
import { createSystemInvite } from '../support/journey.js';

const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');
const databaseUrl = inject('databaseUrl');

const READ_ME = '{ me { email } }';
const PWN = 'mutation { updateProfile(input: { bio: "pwned" }) { bio } }';

/** What each attempt of the attacker's page achieved: the text it could read, or why it could not. */
type Outcome = { read: string } | { blocked: string };

async function startAttackerOrigin(): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Totally harmless</title><h1>Cute cats</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Runs every trick the attacker's page has against one GraphQL URL, from inside that page. */
function attack(page: Page, target: string): Promise<Record<string, Outcome>> {
  return page.evaluate(
    async ({ target, READ_ME, PWN }) => {
      const outcome = async (request: () => Promise<Response>) => {
        try {
          const response = await request();
          return { read: response.type === 'opaque' ? '' : await response.text() };
        } catch (error) {
          return { blocked: String(error) };
        }
      };
      const json = (query: string) => ({
        method: 'POST',
        credentials: 'include' as const,
        headers: { 'content-type': 'application/json', 'x-tributary-client': 'attacker' },
        body: JSON.stringify({ query }),
      });
      // A "simple" request needs no preflight: text/plain body, no custom header.
      const simple = (query: string) => ({
        method: 'POST',
        mode: 'no-cors' as const,
        credentials: 'include' as const,
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query }),
      });
      return {
        readMe: await outcome(() => fetch(target, json(READ_ME))),
        readMeByGet: await outcome(() =>
          fetch(`${target}?query=${encodeURIComponent(READ_ME)}`, { credentials: 'include' }),
        ),
        mutate: await outcome(() => fetch(target, json(PWN))),
        mutateSimple: await outcome(() => fetch(target, simple(PWN))),
        logOutSimple: await outcome(() => fetch(target, simple('mutation { logOut }'))),
      };
    },
    { target, READ_ME, PWN },
  );
}

describe('a page of another origin against a signed-in victim', () => {
  let browser: Browser;
  let context: BrowserContext;
  let victimPage: Page;
  let attacker: { url: string; server: Server };
  const victim = person(`cors${Date.now().toString(36)}`, 'Cora Victim');

  beforeAll(async () => {
    attacker = await startAttackerOrigin();
    browser = await launchChromium();
    context = await browser.newContext();
    victimPage = await context.newPage();
    const invite = await createSystemInvite(databaseUrl, `cors-${Date.now().toString(36)}`, 1);
    await signUpWithInvite(victimPage, webUrl, invite, victim);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => attacker?.server.close(resolve));
  });

  it('the web app itself, same-origin, reads and changes the profile', async () => {
    const me = await gql<{ me: { email: string } }>(victimPage, READ_ME);
    expect(me.me.email).toBe(victim.email);
    const updated = await gql<{ updateProfile: { bio: string } }>(
      victimPage,
      'mutation { updateProfile(input: { bio: "my own words" }) { bio } }',
    );
    expect(updated.updateProfile.bio).toBe('my own words');
  });

  it.each([
    ['the web app', () => `${webUrl}/graphql`],
    ['the API', () => apiUrl],
  ])('cannot read the email nor run a mutation through %s', async (_name, target) => {
    const page = await context.newPage();
    await page.goto(attacker.url);
    const outcomes = await attack(page, target());
    await page.close();
    for (const [attempt, outcome] of Object.entries(outcomes)) {
      const text = 'read' in outcome ? outcome.read : '';
      expect(text, attempt).not.toContain(victim.email);
      expect(text, attempt).not.toContain('pwned');
    }
    // Reading with credentials needs a CORS grant, which neither answers with.
    expect(outcomes.readMe).toHaveProperty('blocked');
    expect(outcomes.readMeByGet).toHaveProperty('blocked');
    expect(outcomes.mutate).toHaveProperty('blocked');

    // Nothing ran: the victim is still signed in, with their own bio.
    const me = await gql<{ me: { email: string; bio: string | null } | null }>(
      victimPage,
      '{ me { email bio } }',
    );
    expect(me.me?.email).toBe(victim.email);
    expect(me.me?.bio).toBe('my own words');
  });
});
