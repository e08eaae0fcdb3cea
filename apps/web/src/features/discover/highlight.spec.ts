import { describe, expect, it } from 'vitest';
import { parseHighlight } from './highlight';

describe('parseHighlight', () => {
  it('marks what is between <mark> tags and decodes escaped text', () => {
    expect(parseHighlight('Go &amp; <mark>Rust</mark> in &lt;2025&gt; … <mark>rust</mark>y')).toEqual([
      { text: 'Go & ', isMarked: false },
      { text: 'Rust', isMarked: true },
      { text: ' in <2025> … ', isMarked: false },
      { text: 'rust', isMarked: true },
      { text: 'y', isMarked: false },
    ]);
  });

  it('never turns other markup into elements: it stays text', () => {
    const parts = parseHighlight('<img src=x onerror=alert(1)><mark>&lt;script&gt;</mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)>', isMarked: false },
      { text: '<script>', isMarked: true },
    ]);
  });

  it('decodes numeric references, including astral ones, and keeps unknown ones', () => {
    expect(parseHighlight('&#39;&#x1F600;&bogus;')).toEqual([{ text: "'😀&bogus;", isMarked: false }]);
  });

  it('handles Chinese text and an empty snippet', () => {
    expect(parseHighlight('中文<mark>搜索</mark>')).toEqual([
      { text: '中文', isMarked: false },
      { text: '搜索', isMarked: true },
    ]);
    expect(parseHighlight('')).toEqual([]);
  });
});
