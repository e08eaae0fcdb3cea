// The Content-Security-Policy in a real browser: inline script and inline handlers slipped into a page
// (as a stored or DOM XSS would) do not run and the browser reports the violations; every page has the nonce policy except the API's queue dashboard
// (bull-board, not our markup), which is passed through as the API answers it.
import { randomBytes } from 'node:crypto';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { person, signUpWithInvite } from '../support/app.js';
import { launchChromium } from '../support/chromium.js';
import { createSystemInvite } from '../support/journey.js';

const webUrl = inject('webUrl');

interface Probe {
  ran: string[];
  violations: string[];
}

const MARKER = 'csp-e2e';

/**
 * Serves `url` with an inline script and an inline event handler slipped into its HTML — what a stored
 * XSS that got past the sanitizer would look like — keeping the real response headers (and so the CSP).
 */
async function openWithInjectedMarkup(page: Page, url: string): Promise<void> {
  await page.addInitScript(() => {
    const state = window as unknown as { __ran: string[]; __violations: string[] };
    state.__ran = [];
    state.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      state.__violations.push(event.effectiveDirective),
    );
  });
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</body>',
      `<script id="${MARKER}">window.__ran.push('inline script')</script>` +
        `<img src="data:," alt="" onerror="window.__ran.push('inline handler')"></body>`,
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto(url);
  await page.unroute(url);
}

/** Injects markup into the live page as a DOM XSS would (inline handler, javascript: URL). */
async function injectIntoLivePage(page: Page): Promise<Probe> {
  return page.evaluate(async () => {
    const state = window as unknown as { __ran: string[]; __violations: string[] };
    document.body.insertAdjacentHTML(
      'beforeend',
      '<img src="data:," alt="" onerror="window.__ran.push(\'dom handler\')">',
    );
    const link = document.createElement('a');
    link.href = "javascript:window.__ran.push('javascript url')";
    document.body.append(link);
    link.click();
    await new Promise((resolve) => setTimeout(resolve, 400));
    return { ran: [...state.__ran], violations: [...state.__violations] };
  });
}

describe('the Content-Security-Policy', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('blocks an injected inline script on a public page and reports it', async () => {
    const response = await fetch(`${webUrl}/login`);
    const csp = response.headers.get('content-security-policy') ?? '';
    await response.body?.cancel();
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);

    await openWithInjectedMarkup(page, `${webUrl}/login`);
    // The script element is in the document, but the browser refused to run it.
    await expect(page.locator(`script#${MARKER}`).count()).resolves.toBe(1);
    const probe = await injectIntoLivePage(page);
    expect(probe.ran).toEqual([]);
    expect(probe.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
    // The page's own (nonced) scripts still run: the form is interactive.
    await page.getByLabel('Email or handle').fill('someone');
  });

  it('blocks it inside the signed-in app too, and keeps the app itself working', async () => {
    const suffix = randomBytes(3).toString('hex');
    const code = await createSystemInvite(inject('databaseUrl'), `csp-${suffix}`, 1);
    await signUpWithInvite(page, webUrl, code, person(`csp_${suffix}`, 'Casey Park'));
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        errors.push(message.text());
    });
    await page.addInitScript(() => {
      const state = window as unknown as { __ran: string[]; __violations: string[] };
      state.__ran = [];
      state.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        state.__violations.push(event.effectiveDirective),
      );
    });
    await page.goto(`${webUrl}/settings`);
    await page.getByRole('heading', { name: 'Profile' }).waitFor();
    // Hydrated (React handles the input) with no violation from our own markup.
    await page.getByLabel('Display name').fill('Casey P.');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved').waitFor();
    expect(errors).toEqual([]);
    await expect(
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).resolves.toEqual([]);
    const probe = await injectIntoLivePage(page);
    expect(probe.ran).toEqual([]);
    expect(probe.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
  });

  it('leaves the queue dashboard out of the nonce policy and passes it through for administrators', async () => {
    // The signed-in person above redeemed a system invite: an administrator.
    const response = await page.goto(`${webUrl}/admin/queues`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy'] ?? '').not.toContain('nonce-');
    await page.getByText('Tributary queues').first().waitFor({ timeout: 20_000 });

    // Not for visitors: the API refuses without an administrator's session.
    const anonymous = await fetch(`${webUrl}/admin/queues`);
    expect(anonymous.status).toBe(401);
    await anonymous.body?.cancel();
    // Every other page keeps the strict policy.
    const admin = await page.goto(`${webUrl}/admin/users`);
    expect(admin?.headers()['content-security-policy']).toMatch(/'nonce-/);
  });
});
