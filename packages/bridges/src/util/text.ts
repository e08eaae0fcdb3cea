import { Parser } from 'htmlparser2';
import { decodeHTML, escapeText } from 'entities';

const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'td', 'th',
  'table', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'hr', 'dd', 'dt', 'dl',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe']); // <object> holds fallback content: its text counts

/** Collapse runs of whitespace to single spaces and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Collapse runs of ASCII whitespace only (NBSP, em/en/thin spaces are kept as written) and trim. */
export function collapseAsciiWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/**
 * Plain text of an HTML fragment: tags dropped, entities decoded, block boundaries become spaces.
 * `keepUnicodeSpaces`: collapse ASCII whitespace only (for titles and names, where an NBSP is content).
 */
export function htmlToText(html: string, keepUnicodeSpaces = false): string {
  if (!html) return '';
  const collapse = keepUnicodeSpaces ? collapseAsciiWhitespace : collapseWhitespace;
  if (!html.includes('<')) return collapse(html.includes('&') ? decodeHTML(html) : html);
  let out = '';
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (BLOCK.has(name)) out += ' ';
        else if (name === 'img') out += '';
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK.has(name)) out += ' ';
      },
      ontext(text) {
        if (skipDepth === 0) out += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return collapse(out);
}

/** Cut plain text to at most `max` characters at a word boundary, adding an ellipsis. */
export function truncateText(text: string, max = 500): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function escapeHtml(text: string): string {
  return escapeText(text);
}

/** Plain text → HTML paragraphs with line breaks. */
export function textToHtml(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return trimmed
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * Normal form used to look for a verification code: markup removed, entities decoded, Unicode
 * NFKC, zero-width characters dropped, every whitespace run collapsed to one space. Case is kept
 * (codes are case-sensitive).
 */
export function normalizeForMatch(textOrHtml: string): string {
  const text = /[<&]/.test(textOrHtml) ? htmlToText(textOrHtml) : textOrHtml;
  return collapseWhitespace(text.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff]/g, ''));
}

/** Whether `haystack` (text or HTML) contains `code` after normalisation of both. */
export function containsCode(haystack: string | null | undefined, code: string): boolean {
  if (!haystack) return false;
  const needle = normalizeForMatch(code);
  if (!needle) return false;
  return normalizeForMatch(haystack).includes(needle);
}
