import { describe, expect, it } from 'vitest';
import {
  cleanFreeText,
  findUnsafeNameCharacter,
  isSafeName,
  stripUnsafeNameCharacters,
} from './text.util.js';

describe('names refuse what hides or reorders text', () => {
  it.each([
    ['right-to-left override', 'evil\u202Etxt.exe', 'U+202E'],
    ['left-to-right embedding', '\u202Aname', 'U+202A'],
    ['pop directional formatting', 'name\u202C', 'U+202C'],
    ['first strong isolate', 'a\u2068b', 'U+2068'],
    ['pop directional isolate', 'a\u2069', 'U+2069'],
    ['right-to-left mark', 'maria\u200F', 'U+200F'],
    ['zero-width space', 'ma\u200Bria', 'U+200B'],
    ['zero-width non-joiner between Latin letters', 'ma\u200Cria', 'U+200C'],
    ['zero-width joiner between Latin letters', 'ma\u200Dria', 'U+200D'],
    ['byte order mark', '\uFEFFmaria', 'U+FEFF'],
    ['word joiner', 'maria\u2060', 'U+2060'],
    ['soft hyphen', 'ma\u00ADria', 'U+00AD'],
    ['Hangul filler', '\u3164', 'U+3164'],
    ['NUL', 'a\0b', 'U+0000'],
    ['escape', 'a\u001B[31m', 'U+001B'],
    ['delete', 'a\u007F', 'U+007F'],
    ['C1 next line', 'a\u0085b', 'U+0085'],
    ['newline', 'two\nlines', 'U+000A'],
    ['tab', 'a\tb', 'U+0009'],
    ['line separator', 'a\u2028b', 'U+2028'],
    ['stray tag character', 'a\u{E0041}', 'U+E0041'],
  ])('refuses a %s', (_, name, codePoint) => {
    expect(findUnsafeNameCharacter(name)).toBe(codePoint);
    expect(isSafeName(name)).toBe(false);
  });

  it.each([
    ['plain names', 'Maria Lopez'],
    ['accents and other scripts', 'Émile Zoë · 田中 · Σωκράτης · Ирина'],
    ['right-to-left script', 'مريم'],
    ['Persian with a ZWNJ between Arabic letters', 'می‌خواهم'],
    ['Devanagari with a ZWJ after a virama', 'क्‍ष'],
    ['an emoji ZWJ sequence', 'dev 👩‍💻'],
    ['an emoji ZWJ sequence with a skin tone', '👩🏽‍💻'],
    ['the rainbow flag (VS16 before ZWJ)', '🏳️‍🌈'],
    ['a tag-sequence flag', '🏴󠁧󠁢󠁳󠁣󠁴󠁿'],
    ['text presentation selector', '☺︎'],
  ])('accepts %s', (_, name) => {
    expect(findUnsafeNameCharacter(name)).toBeNull();
  });

  it('strips only the unsafe characters from names that arrive in files', () => {
    expect(stripUnsafeNameCharacters('\u202Eab\u200Bc 👩‍💻\n')).toBe('abc 👩‍💻');
  });
});

describe('free text keeps line breaks and legitimate joiners, and drops the rest', () => {
  it('normalises line breaks and keeps tabs', () => {
    expect(cleanFreeText('one\r\ntwo\rthree\u2028four\tfive')).toBe('one\ntwo\nthree\nfour\tfive');
  });

  it('strips bidi overrides and isolates but keeps direction marks', () => {
    expect(cleanFreeText('a\u202Eb\u202Cc\u2066d\u2069 \u200Fx\u200Ey')).toBe('abcd \u200Fx\u200Ey');
  });

  it('strips control and invisible characters', () => {
    expect(cleanFreeText('a\u0001b\u0007c\u001B[0m\u007Fd\u0085e\u200Bf\uFEFFg\u2060h\u00ADi')).toBe(
      'abc[0mdefghi',
    );
  });

  it('keeps joiners inside emoji sequences and joining scripts, and drops stray ones', () => {
    expect(cleanFreeText('👨‍👩‍👧 می‌خواهم ma\u200Dri\u200Ca \u200D')).toBe('👨‍👩‍👧 می‌خواهم maria ');
  });

  it('leaves ordinary prose untouched', () => {
    const prose = 'Hello — “world”!\n\nSecond paragraph, 日本語, עברית, 🏳️‍🌈.';
    expect(cleanFreeText(prose)).toBe(prose);
  });
});
