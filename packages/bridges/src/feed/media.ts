import { type MediaItem } from '../types.js';

const EXTENSION_TYPES: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif',
  svg: 'image/svg+xml', heic: 'image/heic',
  mp3: 'audio/mpeg', m4a: 'audio/mp4', aac: 'audio/aac', ogg: 'audio/ogg', oga: 'audio/ogg', opus: 'audio/opus', wav: 'audio/wav', flac: 'audio/flac',
  mp4: 'video/mp4', m4v: 'video/mp4', mov: 'video/quicktime', webm: 'video/webm', mkv: 'video/x-matroska', m3u8: 'application/vnd.apple.mpegurl',
  pdf: 'application/pdf', zip: 'application/zip', epub: 'application/epub+zip', tgs: 'application/x-tgsticker',
};

/** MIME type from a declared type, a MRSS `medium`, or the URL's extension. */
export function guessMediaType(url: string, declared?: string | null, medium?: string | null): string {
  const type = declared?.trim().toLowerCase();
  if (type && /^[a-z]+\/[\w.+-]+/.test(type)) return type.split(';')[0]!;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // keep the raw string
  }
  const ext = /\.([a-z0-9]{2,5})$/i.exec(path)?.[1]?.toLowerCase();
  if (ext && EXTENSION_TYPES[ext]) return EXTENSION_TYPES[ext];
  switch (medium?.toLowerCase() ?? '') {
    case 'image':
      return 'image/jpeg';
    case 'video':
      return 'video/mp4';
    case 'audio':
      return 'audio/mpeg';
    default:
      return type === 'image' || type === 'video' || type === 'audio' ? `${type}/*` : 'application/octet-stream';
  }
}

export function positiveInt(value: string | number | null | undefined): number | undefined {
  if (value == null) return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

/** `3600`, `1:02:03`, `62:03`, `1h2m` → seconds. */
export function parseDuration(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return positiveInt(trimmed);
  if (/^\d+(:\d{1,2}){1,2}$/.test(trimmed)) {
    return positiveInt(trimmed.split(':').reduce((total, part) => total * 60 + Number(part), 0));
  }
  const hms = /^(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$/i.exec(trimmed);
  if (hms && (hms[1] || hms[2] || hms[3]))
    return positiveInt(Number(hms[1] ?? 0) * 3600 + Number(hms[2] ?? 0) * 60 + Number(hms[3] ?? 0));
  return undefined;
}

/** Add media without duplicates (same URL); later facts fill gaps of earlier entries. */
export function addMedia(list: MediaItem[], media: MediaItem): void {
  const existing = list.find((item) => item.url === media.url);
  if (!existing) {
    list.push(media);
    return;
  }
  for (const key of Object.keys(media) as (keyof MediaItem)[]) {
    if (existing[key] === undefined && media[key] !== undefined) Object.assign(existing, { [key]: media[key] });
  }
}
