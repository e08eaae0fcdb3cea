import { describe, expect, it } from 'vitest';
import { extractMentions, normalizeCommentBody, renderCommentHtml } from './comment-format.util.js';

const render = (body: string) => renderCommentHtml(body, { profileUrl: (handle) => `/u/${handle}` });

describe('comment format', () => {
  it('escapes everything a commenter types', () => {
    expect(render('<script>alert(1)</script> & "quotes"')).toBe(
      '&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;',
    );
    expect(render('<a href="javascript:alert(1)">x</a>')).not.toMatch(/<a /);
  });

  it('links http(s) URLs with rel="nofollow noopener noreferrer ugc", leaving sentence punctuation outside', () => {
    expect(render('see https://example.org/a?b=1&c=2.')).toBe(
      'see <a href="https://example.org/a?b=1&#38;c=2" rel="nofollow noopener noreferrer ugc" target="_blank">https://example.org/a?b=1&#38;c=2</a>.',
    );
    expect(render('(https://en.wikipedia.org/wiki/Foo_(bar))')).toContain('href="https://en.wikipedia.org/wiki/Foo_(bar)"');
    expect(render('javascript:alert(1) ftp://x.org')).not.toMatch(/<a /);
  });

  it('links @mentions but not e-mail addresses, and keeps line breaks', () => {
    expect(render('hi @Alice_1,\nmail bob@example.org')).toBe(
      'hi <a href="/u/Alice_1" class="mention">@Alice_1</a>,<br>mail bob@example.org',
    );
    expect(extractMentions('@alice @Alice @bob_2 x@carol @dave!')).toEqual(['alice', 'bob_2', 'dave']);
  });

  it('normalizes line breaks and strips control characters', () => {
    expect(normalizeCommentBody('  a\r\nb\u0000c  ')).toBe('a\nbc');
  });
});
