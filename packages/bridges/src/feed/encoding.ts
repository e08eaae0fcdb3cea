/**
 * Bytes → text for feeds and pages. Precedence: BOM (UTF-8, UTF-16, UTF-32), then the HTTP charset
 * (unless the body contradicts a UTF-8 claim and declares something else), then the XML declaration /
 * HTML meta charset, then sniffing: valid UTF-8, else statistical detection (chardet: Shift_JIS, EUC-JP,
 * GB18030, Big5, EUC-KR, KOI8-R, windows-125x…), else Windows-1252. C1 control characters, which real
 * text never holds, are read as the Windows-1252 characters their producers meant (`&#146;` → ’).
 */
import { analyse } from 'chardet';

const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  'big5-hkscs': 'big5',
  'utf8': 'utf-8',
  'unicode': 'utf-16le',
  'utf-16': 'utf-16le',
  'tis-620': 'windows-874',
};

function normalizeLabel(label: string | undefined | null): string | null {
  if (!label) return null;
  const lower = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const mapped = ALIASES[lower] ?? lower;
  try {
    return new TextDecoder(mapped).encoding;
  } catch {
    return null;
  }
}

const latin1 = new TextDecoder('latin1');

/** Encoding declared inside the first bytes: `<?xml encoding="…"?>` or `<meta charset>`. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = latin1.decode(bytes.subarray(0, 2048));
  const xml = /<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head);
  if (meta) return meta[1]!;
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export interface DecodedText {
  text: string;
  encoding: string;
}

/** UTF-32 is not a WHATWG encoding: decoded here. Invalid code points become U+FFFD. */
function decodeUtf32(bytes: Uint8Array, bigEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const code = view.getUint32(i, !bigEndian);
    chunk.push(code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? code : 0xfffd);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('').replace(/^\ufeff/, '');
}

/** UTF-32 by BOM or by the `<` of the prolog (`00 00 00 3C` / `3C 00 00 00`). */
function utf32Of(bytes: Uint8Array): 'utf-32be' | 'utf-32le' | null {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if ((a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) || (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c)) return 'utf-32be';
  if ((a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) || (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00)) return 'utf-32le';
  return null;
}

/** Windows-1252 characters for the C1 controls 0x80–0x9F (the five undefined ones stay). */
const CP1252_C1 = new TextDecoder('windows-1252');
const C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;

/** Text with C1 controls read as Windows-1252 (what `&#146;` or a UTF-8 encoded 0x92 meant). */
export function repairC1(text: string): string {
  if (!C1.test(text)) return text;
  return text.replace(C1_ALL, (char) => {
    const mapped = CP1252_C1.decode(new Uint8Array([char.charCodeAt(0)]));
    return mapped === char || mapped === '\ufffd' ? char : mapped;
  });
}

const CP1252_SPECIALS: Record<string, number> = {};
for (let byte = 0x80; byte <= 0x9f; byte++) {
  const char = CP1252_C1.decode(new Uint8Array([byte]));
  if (char !== '\ufffd') CP1252_SPECIALS[char] = byte;
}
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 that was read as Windows-1252 and written out again ("â€¦" for "…"): repaired when the whole
 * text, taken back to Windows-1252 bytes, is valid UTF-8. Anything else is left as it is.
 */
export function repairDoubleEncoded(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code <= 0xff ? code : CP1252_SPECIALS[text[i]!];
    if (byte === undefined) return text;
    bytes[i] = byte;
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return text;
  }
}

/** Encoding guessed from undeclared bytes that are not UTF-8 (chardet), when it is a decodable one. */
function detected(bytes: Uint8Array): string | null {
  const sample = bytes.length > 64 * 1024 ? bytes.subarray(0, 64 * 1024) : bytes;
  const best = analyse(sample)[0];
  if (!best || best.confidence < 10) return null;
  const label = normalizeLabel(best.name);
  // Plain Latin guesses add nothing to the Windows-1252 fallback; UTF-* would have been caught earlier.
  if (!label || label.startsWith('utf-')) return null;
  return label;
}

export function decodeBytes(bytes: Uint8Array, httpCharset?: string | null): DecodedText {
  const decoded = decodeRaw(bytes, httpCharset);
  return { text: repairC1(decoded.text), encoding: decoded.encoding };
}

function decodeRaw(bytes: Uint8Array, httpCharset?: string | null): DecodedText {
  // 1. Byte order marks (UTF-32 before UTF-16: FF FE 00 00 starts both).
  const utf32 = utf32Of(bytes);
  if (utf32) return { text: decodeUtf32(bytes, utf32 === 'utf-32be'), encoding: utf32 };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // UTF-16 without BOM: "<\0?\0" or "\0<\0?"
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] !== 0x00)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0x00 && bytes[1] === 0x3c)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };

  const fromHeader = normalizeLabel(httpCharset);
  const declared = normalizeLabel(declaredEncoding(bytes));
  let encoding = fromHeader ?? declared;
  if (encoding === 'utf-8' && declared && declared !== 'utf-8' && !isValidUtf8(bytes)) encoding = declared;
  if (encoding === 'windows-1252' && declared === 'utf-8' && isValidUtf8(bytes)) encoding = 'utf-8';
  if (encoding?.startsWith('utf-16')) encoding = declared && !declared.startsWith('utf-16') ? declared : 'utf-8';
  if (!encoding) encoding = isValidUtf8(bytes) ? 'utf-8' : (detected(bytes) ?? 'windows-1252');
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
