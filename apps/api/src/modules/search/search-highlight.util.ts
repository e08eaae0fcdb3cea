/**
 * ts_headline marks matches with two private-use characters (never HTML), which the database strips
 * from the text first. Here the text is HTML-escaped and only then are the markers turned into <mark>
 * tags, so a highlight can contain no markup but <mark>.
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
// The index splits CJK characters one per token, so the headline has spaces between them: drop the
// spaces between two CJK characters (markers in between are transparent), then join adjacent marks.
const CJK_GAP = new RegExp(`([${CJK}][${MARK_START}${MARK_END}]?)\\s+(?=[${MARK_START}${MARK_END}]?[${CJK}])`, 'gu');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function renderHighlight(raw: string | null | undefined): string {
  if (!raw) return '';
  const joined = raw
    .replace(CJK_GAP, '$1')
    .replaceAll(`${MARK_END}${MARK_START}`, '')
    .replace(/\s+/g, ' ')
    .trim();
  const escaped = joined.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
  // Unbalanced markers cannot come out of ts_headline; drop any that would anyway.
  let open = false;
  let html = '';
  for (const char of escaped) {
    if (char === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (char === MARK_END) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += char;
    }
  }
  return open ? `${html}</mark>` : html;
}
