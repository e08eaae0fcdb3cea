import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START, renderHighlight } from './search-highlight.util.js';

const m = (text: string) => `${MARK_START}${text}${MARK_END}`;

describe('renderHighlight', () => {
  it('escapes everything and allows only <mark>', () => {
    expect(renderHighlight(`<script>alert("x")</script> & ${m('word')} <mark>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>word</mark> &lt;mark&gt;',
    );
  });

  it('closes a mark left open and ignores stray ends', () => {
    expect(renderHighlight(`${MARK_END}a ${MARK_START}b`)).toBe('a <mark>b</mark>');
  });

  it('joins CJK characters the index had split, and their adjacent marks', () => {
    expect(renderHighlight(`北 京 ${m('天')} ${m('气')} 预 报 news`)).toBe('北京<mark>天气</mark>预报 news');
  });

  it('answers empty text for nothing', () => {
    expect(renderHighlight(null)).toBe('');
  });
});
