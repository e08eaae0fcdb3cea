/**
 * Bytes → text for feeds and pages. Precedence: BOM, then the HTTP charset (unless the body
 * contradicts a UTF-8 claim and declares something else), then the XML declaration / HTML meta
 * charset, then sniffing (valid UTF-8, else Windows-1252).
 */
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

export function decodeBytes(bytes: Uint8Array, httpCharset?: string | null): DecodedText {
  // 1. Byte order marks.
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
  if (!encoding) encoding = isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
