/**
 * Ownership through the creator's site: a `rel="me"` link from the source's home page to their
 * Tributary profile. `page` (a full HTML document with a <head>) is rewritten on the fly to carry the
 * link in each supported form.
 */
import { describe, expect, it } from 'vitest';
import { isSameProfileUrl, relMeLinks, verifyRelMe } from '@tributary/bridges/verify/rel-me';
import { useFixtureServer } from '../helpers/setup.js';
import { type Reader } from './reader.js';

export function relMeChecks(read: Reader, page: string): void {
  const { server, ctx } = useFixtureServer();
  const PROFILE = 'https://tributary.example/u/Alice';

  const inHead = (tag: string) => (t: string) => t.replace('</head>', `${tag}</head>`);
  const inBody = (tag: string) => (t: string) => t.replace(/<body([^>]*)>/, `<body$1>${tag}`);

  describe('verifyRelMe', () => {
    const cases: [string, (t: string) => string][] = [
      ['<link rel="me"> in the head', inHead(`<link rel="me" href="${PROFILE}">`)],
      [
        '<a rel="me"> in the body, rel with other tokens and case',
        inBody(`<a href="https://tributary.example/u/alice/" rel="nofollow ME noopener">me</a>`),
      ],
      [
        'a relative link under <base href>',
        (t) =>
          inBody(`<a rel="me" href="/u/alice">me</a>`)(
            inHead('<base href="https://tributary.example/blog/">')(t),
          ),
      ],
      [
        'an entity-encoded href',
        inBody(`<a rel="me" href="https:&#x2F;&#x2F;tributary.example/u/Alice">me</a>`),
      ],
    ];
    it.each(cases)('%s → verified', async (_label, transform) => {
      server.file(read, '/site/', page, { transform });
      expect(await verifyRelMe(server.url('/site/'), PROFILE, ctx())).toEqual({
        verified: true,
        place: 'rel-me',
      });
    });

    it('follows redirects to the final page', async () => {
      server.redirect('/old', '/site/');
      server.file(read, '/site/', page, { transform: inHead(`<link rel="me" href="${PROFILE}">`) });
      expect((await verifyRelMe(server.url('/old'), PROFILE, ctx())).verified).toBe(true);
    });

    it('no rel="me" link → not verified, saying what to add', async () => {
      server.file(read, '/site/', page);
      const result = await verifyRelMe(server.url('/site/'), PROFILE, ctx());
      expect(result.verified).toBe(false);
      expect(result.reason).toContain(`has no rel="me" link yet; add <a rel="me" href="${PROFILE}">`);
    });

    it('a plain link (no rel=me), or rel=me to someone else → not verified', async () => {
      server.file(read, '/site/', page, {
        transform: inBody(
          `<a href="${PROFILE}">profile</a><a rel="me" href="https://tributary.example/u/mallory">x</a><a rel="me" href="https://other.example/u/Alice">y</a>`,
        ),
      });
      const result = await verifyRelMe(server.url('/site/'), PROFILE, ctx());
      expect(result).toEqual({
        verified: false,
        reason: expect.stringContaining('has rel="me" links, but none to') as unknown,
      });
    });

    it('sends no conditional headers', async () => {
      server.file(read, '/site/', page);
      await verifyRelMe(server.url('/site/'), PROFILE, ctx());
      const request = server.requests.at(-1)!;
      expect(request.headers['if-none-match']).toBeUndefined();
      expect(request.headers['if-modified-since']).toBeUndefined();
    });
  });

  describe('helpers', () => {
    it('relMeLinks ignores javascript: and empty hrefs', () => {
      expect(
        relMeLinks(
          '<a rel="me" href="javascript:alert(1)">x</a><link rel="me" href=""><a rel="me" href="https://a.example/x">',
          'https://site.example/',
        ),
      ).toEqual(['https://a.example/x']);
    });
    it('isSameProfileUrl ignores scheme, trailing slash, default port, query, fragment and handle case', () => {
      expect(isSameProfileUrl('http://Tributary.example:443/u/ALICE/?ref=1#top', PROFILE)).toBe(false); // :443 on http is not default
      expect(isSameProfileUrl('http://Tributary.example/u/ALICE/?ref=1#top', PROFILE)).toBe(true);
      expect(isSameProfileUrl('https://tributary.example/u/alice2', PROFILE)).toBe(false);
      expect(isSameProfileUrl('not a url', PROFILE)).toBe(false);
    });
  });
}
