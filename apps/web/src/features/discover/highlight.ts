// The API's search highlights are HTML holding only escaped text and <mark>…</mark>. Rather than
// trusting that with dangerouslySetInnerHTML, parse it into text runs that React renders as text:
// <mark> and </mark> toggle marking, character references are decoded, anything else stays literal.

export interface HighlightPart {
  text: string;
  isMarked: boolean;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export function parseHighlight(html: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let isMarked = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') isMarked = true;
    else if (tag === '</mark>') isMarked = false;
    else if (piece) {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.isMarked === isMarked) last.text += text;
      else parts.push({ text, isMarked });
    }
  }
  return parts;
}
