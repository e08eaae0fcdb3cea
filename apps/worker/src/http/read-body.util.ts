/**
 * Reads a response body with a cap on the DECODED size. Content-Encoding (gzip, deflate, br,
 * and zstd where Node supports it) is decoded as a stream and counted as it comes out of the
 * decoder, so a small compressed body that would inflate to gigabytes (a compression bomb)
 * is stopped as soon as the cap is passed: the decoder and the socket are destroyed and no
 * more than about one decoder chunk past the cap is ever held in memory.
 */
import { Readable, Transform, Writable, type Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { HttpClientError, isHttpClientError } from './http-client.errors.js';

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
}

export function bodyTooLargeError(maxBytes: number, url: string): HttpClientError {
  return new HttpClientError(
    'BODY_TOO_LARGE',
    `The response is larger than the ${formatBytes(maxBytes)} Tributary accepts.`,
    { url },
  );
}

/** Content codings we can decode; the order matters only for the Accept-Encoding header. */
export function supportedEncodings(): string[] {
  return typeof zlib.createZstdDecompress === 'function'
    ? ['gzip', 'deflate', 'br', 'zstd']
    : ['gzip', 'deflate', 'br'];
}

/** The codings applied to a body, in the order they must be undone. */
export function parseContentEncoding(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity')
    .reverse();
}

const DECODER_OPTIONS = {
  // Be lenient with truncated streams, as browsers are.
  finishFlush: zlib.constants.Z_SYNC_FLUSH,
} as const;

function createDecoder(coding: string, firstByte: number | undefined, url: string): Duplex {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(DECODER_OPTIONS);
    case 'deflate':
      // "deflate" should be zlib-wrapped, but some servers send raw deflate; the zlib header's
      // first byte has 8 (deflate) in its low nibble.
      return firstByte === undefined || (firstByte & 0x0f) === 0x08
        ? zlib.createInflate(DECODER_OPTIONS)
        : zlib.createInflateRaw(DECODER_OPTIONS);
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    case 'zstd':
      if (typeof zlib.createZstdDecompress === 'function') return zlib.createZstdDecompress();
      break;
    default:
      break;
  }
  throw new HttpClientError(
    'BAD_RESPONSE',
    `The server sent the response in an unsupported encoding (${coding}).`,
    {
      url,
    },
  );
}

async function* prepend(first: Buffer, rest: AsyncIterator<unknown>): AsyncGenerator<Buffer> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done === true) return;
    yield toBuffer(next.value);
  }
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk));
}

/**
 * Throws a body away, closing its connection. undici reports a destroyed body as an 'error'
 * event; with nobody listening that would crash the process.
 */
export function discardBody(body: Readable): void {
  if (body.listenerCount('error') === 0) body.on('error', () => undefined);
  body.destroy();
}

export interface ReadBodyOptions {
  readonly contentEncoding: string | undefined;
  readonly maxBytes: number;
  readonly url: string;
  readonly signal?: AbortSignal;
}

/**
 * An unencoded body: wire bytes are the body's bytes, so one loop counts and collects them — no stream
 * pipeline (its set-up and teardown cost more than reading a small feed).
 */
async function readPlain(first: Buffer, rest: AsyncIterator<unknown>, options: ReadBodyOptions): Promise<Uint8Array> {
  const { maxBytes, url, signal } = options;
  const chunks: Buffer[] = [];
  let bytes = 0;
  for (let chunk: Buffer | null = first; chunk; ) {
    bytes += chunk.length;
    if (bytes > maxBytes) throw bodyTooLargeError(maxBytes, url);
    chunks.push(chunk);
    signal?.throwIfAborted();
    const next = await rest.next();
    chunk = next.done === true ? null : toBuffer(next.value);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, bytes);
}

/**
 * Reads `body` to the end, decoding it; rejects with BODY_TOO_LARGE once more than `maxBytes`
 * arrive on the wire or come out of the decoders, and destroys `body` in every failure.
 */
export async function readBodyWithLimit(body: Readable, options: ReadBodyOptions): Promise<Uint8Array> {
  const { maxBytes, url } = options;
  const codings = parseContentEncoding(options.contentEncoding);
  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  try {
    const first = await iterator.next();
    if (first.done === true) return new Uint8Array(0);
    const firstChunk = toBuffer(first.value);
    if (codings.length === 0) return await readPlain(firstChunk, iterator, options);
    const decoders = codings.map((coding, index) =>
      createDecoder(coding, index === 0 ? firstChunk[0] : undefined, url),
    );

    let wireBytes = 0;
    const capWire = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        wireBytes += chunk.length;
        if (wireBytes > maxBytes) callback(bodyTooLargeError(maxBytes, url));
        else callback(null, chunk);
      },
    });

    const chunks: Buffer[] = [];
    let decodedBytes = 0;
    const collect = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        decodedBytes += chunk.length;
        if (decodedBytes > maxBytes) {
          callback(bodyTooLargeError(maxBytes, url));
          return;
        }
        chunks.push(chunk);
        callback();
      },
    });

    // Remember errors raised by the decoders themselves: those mean a corrupt body.
    const decoderErrors = new Set<unknown>();
    for (const decoder of decoders) decoder.once('error', (error) => decoderErrors.add(error));

    const source = Readable.from(prepend(firstChunk, iterator), { objectMode: false });
    try {
      const streamOptions = options.signal ? { signal: options.signal } : {};
      await pipeline([source, capWire, ...decoders, collect], streamOptions);
    } catch (error) {
      for (const decoder of decoders) decoder.destroy();
      // Our own errors (the cap) also reach the decoders as they are destroyed: pass them on.
      if (isHttpClientError(error)) throw error;
      if (decoderErrors.has(error)) {
        throw new HttpClientError(
          'BAD_RESPONSE',
          'The server sent a compressed response that could not be decoded.',
          {
            url,
            cause: error,
          },
        );
      }
      throw error;
    }
    return Buffer.concat(chunks, decodedBytes);
  } finally {
    discardBody(body);
  }
}
