// Helpers for browser tests of the reader: people, GraphQL from the page, offline media, accessibility.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type BrowserContext, type Page } from 'playwright-core';

export interface Person {
  handle: string;
  name: string;
  email: string;
  password: string;
}

export function person(handle: string, name: string): Person {
  return { handle, name, email: `${handle}@example.test`, password: `correct horse ${handle} battery` };
}

/** GraphQL through the web app's same-origin /graphql, with the page's session. */
export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tributary-client': 'e2e' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    },
    { query, variables },
  );
  if (result.errors?.length) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.data as T;
}

/** Signs up through the invite link, as a person would. Ends on the welcome page. */
export async function signUpWithInvite(page: Page, webUrl: string, invite: string, who: Person): Promise<void> {
  await page.goto(`${webUrl}/signup?invite=${encodeURIComponent(invite)}`);
  await page.getByLabel('Name').fill(who.name);
  await page.getByLabel('Handle').fill(who.handle);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/welcome');
}

function hue(url: string): number {
  return createHash('sha1').update(url).digest()[0]! * 1.4;
}

/**
 * No internet here: pictures from source origins are answered with a coloured stand-in of their
 * stated size, so layouts and the lightbox can be seen; other remote media fail fast.
 */
export async function stubRemoteMedia(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
    const url = route.request().url();
    if (route.request().resourceType() === 'image') {
      const h = Math.round(hue(url));
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${h} 55% 62%)"/><stop offset="1" stop-color="hsl(${(h + 50) % 360} 60% 38%)"/></linearGradient></defs><rect width="800" height="600" fill="url(#g)"/><circle cx="600" cy="170" r="70" fill="hsl(${(h + 180) % 360} 80% 85%)" opacity=".8"/><path d="M0 600 L260 330 L430 480 L560 380 L800 600Z" fill="hsl(${h} 40% 22%)" opacity=".75"/></svg>`;
      await route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg });
    } else {
      await route.fulfill({ status: 404, body: '' });
    }
  });
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page; answers the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses injected <script>s.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => ({ target: node.target })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
