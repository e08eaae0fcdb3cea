/**
 * The only door to the network. Bridges never open sockets: the worker passes an implementation
 * of {@link HttpClient} (its guarded undici client: SSRF checks, redirects, timeouts, size caps),
 * tests pass one that talks to a local server.
 */
import { failureKindOfStatus } from '@tributary/jobs';
import {
  NotFoundError,
  ParseError,
  PermanentError,
  TransientError,
  UnreachableError,
  isBridgeError,
} from './errors.js';

export interface HttpRequest {
  url: string;
  /** Defaults to GET. Bridges only read. */
  method?: 'GET' | 'HEAD';
  /** Header names in any case; the client sends them as given. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface HttpResponse {
  /** Final URL after redirects. */
  url: string;
  status: number;
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface HttpClient {
  /**
   * Perform one request, following redirects. Must resolve for every HTTP status (4xx/5xx
   * included) and reject only when no response arrived (DNS, refused, timeout, blocked). It may
   * reject with one of this package's error classes to be precise about why.
   */
  request(request: HttpRequest): Promise<HttpResponse>;
}

/** Conditional-request validators a fetch starts from. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface GetOptions {
  headers?: Record<string, string>;
  validators?: Validators;
  signal?: AbortSignal;
  maxBodyBytes: number;
  /** Statuses handed back to the caller instead of being turned into errors. */
  passStatuses?: readonly number[];
}

/** Parse `Retry-After` (seconds or HTTP date) or X's `x-rate-limit-reset` (epoch seconds). */
export function retryAfterFrom(headers: Record<string, string>, now: Date = new Date()): Date | undefined {
  const retryAfter = headers['retry-after']?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return new Date(now.getTime() + Number(retryAfter) * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return new Date(date);
  }
  const reset = headers['x-rate-limit-reset']?.trim();
  if (reset && /^\d+$/.test(reset)) return new Date(Number(reset) * 1000);
  return undefined;
}

/** Turn a non-success status into the matching typed error (its kind from packages/jobs' one table). */
export function errorForStatus(response: HttpResponse, what = 'source'): Error {
  const { status, url } = response;
  const options = { status, url };
  const kind = failureKindOfStatus(status);
  if (kind === 'not-found') return new NotFoundError(`The ${what} was not found (HTTP 404).`, { ...options, reason: 'http-404' });
  if (kind === 'transient')
    return new TransientError(
      status === 429 ? `The ${what} is rate limiting us (HTTP 429).` : `The ${what} answered HTTP ${status}; will retry.`,
      { ...options, reason: status === 429 ? 'rate-limited' : `http-${status}`, retryAfter: retryAfterFrom(response.headers) },
    );
  if (status === 410) return new PermanentError(`The ${what} is gone (HTTP 410).`, { ...options, reason: 'gone' });
  if (status === 401 || status === 403)
    return new PermanentError(`The ${what} refused access (HTTP ${status}).`, { ...options, reason: `http-${status}` });
  return new PermanentError(`The ${what} answered HTTP ${status}.`, { ...options, reason: `http-${status}` });
}

/**
 * GET through the injected client with conditional headers, status mapping and a body cap.
 * Returns the response for 2xx, for 304 when validators were sent, and for `passStatuses`.
 */
export async function httpGet(client: HttpClient, url: string, options: GetOptions): Promise<HttpResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.validators?.etag) headers['If-None-Match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['If-Modified-Since'] = options.validators.lastModified;
  let response: HttpResponse;
  try {
    response = await client.request({ url, method: 'GET', headers, ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    if (isBridgeError(error)) throw error;
    const name = error instanceof Error ? error.name : '';
    if (name === 'AbortError' || name === 'TimeoutError')
      throw new TransientError(`Timed out fetching ${url}.`, { url, reason: 'timeout', cause: error });
    throw new UnreachableError(`Could not reach ${url}.`, { url, reason: 'network', cause: error });
  }
  if (response.status === 304 && (options.validators?.etag || options.validators?.lastModified)) return response;
  if (options.passStatuses?.includes(response.status)) return response;
  if (response.status < 200 || response.status >= 300) throw errorForStatus(response);
  if (response.body.byteLength > options.maxBodyBytes)
    throw new ParseError(
      `The response from ${url} is ${response.body.byteLength} bytes, over the ${options.maxBodyBytes}-byte limit.`,
      { url, reason: 'too-large' },
    );
  return response;
}

/** Media type of a response without parameters, lower-cased (`application/rss+xml`). */
export function mediaTypeOf(headers: Record<string, string>): string {
  return (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** `charset=` parameter of the Content-Type header, if any. */
export function charsetOf(headers: Record<string, string>): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(headers['content-type'] ?? '');
  return match?.[1]?.toLowerCase();
}
