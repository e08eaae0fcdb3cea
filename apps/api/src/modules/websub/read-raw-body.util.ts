import { type Request } from 'express';

export type RawBody = { ok: true; body: Uint8Array } | { ok: false; reason: 'too-large' | 'aborted' };

/** Reads a request body as bytes, at most `maxBytes` (declared or streamed); the rest is never buffered. */
export async function readRawBody(request: Request, maxBytes: number): Promise<RawBody> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    request.resume();
    return { ok: false, reason: 'too-large' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        request.resume();
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(chunk);
    }
  } catch {
    return { ok: false, reason: 'aborted' };
  }
  return { ok: true, body: Buffer.concat(chunks) };
}
