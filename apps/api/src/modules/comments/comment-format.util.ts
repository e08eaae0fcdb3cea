import { cleanFreeText } from '../../common/text.util.js';

/**
 * The comment text format. Comments are stored as the plain text people typed; HTML is rendered from
 * it on the server: everything escaped, http(s) links and @mentions turned into links, line breaks
 * kept. Nothing a commenter types can become markup of its own.
 */

export const COMMENT_MAX_LENGTH = 5_000;

const TOKEN = /(https?:\/\/[^\s<>"'`]+)|(^|[^A-Za-z0-9_@./])@([A-Za-z0-9_]{1,30})(?![A-Za-z0-9_@])/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"*]+$/;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Handles mentioned in a comment, lower-cased, each once, in order (at most 20). */
export function extractMentions(body: string): string[] {
  const handles: string[] = [];
  for (const match of body.matchAll(TOKEN)) {
    const handle = match[3];
    if (handle && !handles.includes(handle.toLowerCase())) handles.push(handle.toLowerCase());
  }
  return handles.slice(0, 20);
}

/** Splits a matched URL from punctuation that ends the sentence around it (and an unbalanced ")"). */
function trimUrl(url: string): [string, string] {
  let kept = url;
  for (;;) {
    const punctuation = TRAILING_PUNCTUATION.exec(kept);
    if (punctuation) {
      kept = kept.slice(0, -punctuation[0].length);
      continue;
    }
    if (kept.endsWith(')') && (kept.match(/\(/g)?.length ?? 0) < (kept.match(/\)/g)?.length ?? 0)) {
      kept = kept.slice(0, -1);
      continue;
    }
    break;
  }
  return [kept, url.slice(kept.length)];
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export function renderCommentHtml(body: string, options: { profileUrl: (handle: string) => string }): string {
  let html = '';
  let last = 0;
  for (const match of body.matchAll(TOKEN)) {
    const index = match.index;
    if (match[1]) {
      const [url, rest] = trimUrl(match[1]);
      html += escapeHtml(body.slice(last, index));
      html += isHttpUrl(url)
        ? `<a href="${escapeHtml(new URL(url).href)}" rel="nofollow noopener noreferrer ugc" target="_blank">${escapeHtml(url)}</a>`
        : escapeHtml(url);
      html += escapeHtml(rest);
    } else {
      const prefix = match[2] ?? '';
      const handle = match[3]!;
      html += escapeHtml(body.slice(last, index) + prefix);
      html += `<a href="${escapeHtml(options.profileUrl(handle))}" class="mention">@${escapeHtml(handle)}</a>`;
    }
    last = index + match[0].length;
  }
  html += escapeHtml(body.slice(last));
  return html.replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Normalizes line breaks, strips control, bidi-override and invisible characters (common/text.util.ts:
 * newlines, tabs and emoji joiners stay) and trims.
 */
export function normalizeCommentBody(body: string): string {
  return cleanFreeText(body).trim();
}
