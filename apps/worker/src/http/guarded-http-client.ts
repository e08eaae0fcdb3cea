/**
 * The worker's one outbound HTTP client. Every request to the outside world goes through it:
 *
 * - only http and https URLs, no user:password@, literal IPs checked before dialling;
 * - every connection's address checked at connect time (see guarded-connector.ts), except
 *   hosts in the FETCH_ALLOW_PRIVATE_HOSTS allow-list;
 * - redirects followed by hand, at most `maxRedirects`, each hop checked again, credentials
 *   dropped when a hop leaves the origin;
 * - a connect timeout and a total timeout covering all hops and the body;
 * - a cap on the decoded body (compression bombs are stopped early);
 * - our User-Agent and default Accept headers.
 *
 * Responses come back with their status as-is (304, 429, 5xx): callers interpret them.
 * Failures are `HttpClientError`s with a code and a message people understand.
 */
import { Agent } from 'undici';
import { classifyAddress } from './address-guard.util.js';
import {
  effectivePort,
  isHostAllowed,
  parseAllowedHosts,
  stripBrackets,
  type AllowedHost,
} from './allowed-hosts.util.js';
import {
  blockedAddressError,
  createGuardedConnector,
  resolveWithSystemDns,
  type ResolveHost,
} from './guarded-connector.js';
import { HttpClientError, isHttpClientError, unreachableDestinationMessage } from './http-client.errors.js';
import { bodyTooLargeError, discardBody, readBodyWithLimit, supportedEncodings } from './read-body.util.js';

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 15 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

export interface GuardedHttpClientOptions {
  /** e.g. `Tributary/1.2.0 (+https://tributary.example)`; see `formatUserAgent`. */
  readonly userAgent: string;
  /** FETCH_ALLOW_PRIVATE_HOSTS: a comma list or an array of `host[:port]`. */
  readonly allowPrivateHosts?: string | readonly string[];
  /** Name resolution; defaults to the system resolver. Tests inject a fake (no real DNS). */
  readonly lookup?: ResolveHost;
  readonly connectTimeoutMs?: number;
  /** Default total time for one request: all redirect hops and the body. */
  readonly timeoutMs?: number;
  /** Default cap on the decoded body, in bytes. */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Default `Accept` header; a request's own `accept` header wins. */
  readonly accept?: string;
}

export interface HttpRequest {
  readonly url: string | URL;
  /** GET (default) or HEAD; other methods (a WebSub hub's POST) may carry `body`. */
  readonly method?: string;
  /** Request body of a POST (e.g. `application/x-www-form-urlencoded`); dropped when a redirect turns it into a GET. */
  readonly body?: string;
  /** Extra headers, e.g. If-None-Match / If-Modified-Since / Authorization. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  readonly maxRedirects?: number;
}

export interface HttpResponse {
  /** The final URL, after redirects. */
  readonly url: string;
  readonly status: number;
  /** Lower-cased names; repeated headers joined with ", ". */
  readonly headers: Record<string, string>;
  /** The decoded body (empty for HEAD, 204, 304). */
  readonly body: Uint8Array;
  /** The URLs that redirected, in order (empty when there was no redirect). */
  readonly redirects: readonly string[];
}

export interface GuardedHttpClient {
  request(request: HttpRequest): Promise<HttpResponse>;
  /** Closes pooled connections; pending requests finish first. */
  close(): Promise<void>;
}

export function formatUserAgent(version: string, publicWebUrl: string): string {
  return `Tributary/${version} (+${publicWebUrl})`;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Headers a caller may not set: they are the transport's business. */
const FORBIDDEN_REQUEST_HEADERS = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'upgrade',
  'expect',
  'te',
  'trailer',
  'proxy-connection',
]);
/** Headers dropped when a redirect leaves the origin. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];

/** Parses and checks a URL before any connection is made; throws HttpClientError. */
export function parseFetchUrl(input: string | URL): URL {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input.trim()) : new URL(input.href);
  } catch (cause) {
    throw new HttpClientError('BAD_URL', `"${String(input)}" is not a valid web address.`, { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new HttpClientError(
      'UNSUPPORTED_SCHEME',
      `Addresses starting with "${url.protocol}" are not supported; use an http or https address.`,
      { url: url.href },
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new HttpClientError('BAD_URL', 'Addresses containing a user name or password are not supported.', {
      url: redactUserinfo(url),
    });
  }
  if (url.hostname === '')
    throw new HttpClientError('BAD_URL', 'The address has no host name.', { url: url.href });
  url.hash = '';
  return url;
}

function redactUserinfo(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

/** Refuses a literal-IP host in a refused range unless it is allow-listed. */
function assertHostAllowed(url: URL, allowed: readonly AllowedHost[]): void {
  const hostname = stripBrackets(url.hostname);
  if (isHostAllowed(allowed, hostname, effectivePort(url.protocol, url.port))) return;
  const kind = classifyAddress(hostname);
  // Names ("invalid" as an IP) are checked by the connector once resolved.
  if (kind !== null && kind !== 'invalid')
    throw withUrl(blockedAddressError(url.hostname, hostname, kind), url);
}

function buildHeaders(
  defaults: Record<string, string>,
  extra: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const headers: Record<string, string> = { ...defaults };
  for (const [name, value] of Object.entries(extra ?? {})) {
    const key = name.toLowerCase();
    if (!FORBIDDEN_REQUEST_HEADERS.has(key)) headers[key] = value;
  }
  return headers;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function withUrl(error: HttpClientError, url: URL): HttpClientError {
  if (error.url !== undefined) return error;
  return new HttpClientError(error.code, error.message, {
    url: url.href,
    detail: error.detail,
    cause: error.cause,
  });
}

function findCause(error: unknown): { httpError?: HttpClientError; code?: string } {
  let current: unknown = error;
  let code: string | undefined;
  for (let depth = 0; depth < 8 && current !== undefined && current !== null; depth++) {
    if (isHttpClientError(current)) return { httpError: current, ...(code ? { code } : {}) };
    if (typeof current === 'object') {
      const candidate = (current as { code?: unknown }).code;
      if (code === undefined && typeof candidate === 'string') code = candidate;
      const errors = (current as { errors?: unknown }).errors;
      // AggregateError from happy-eyeballs connection attempts.
      if (Array.isArray(errors) && errors.length > 0) {
        const inner = findCause(errors[0]);
        if (inner.httpError) return inner;
        code ??= inner.code;
      }
      current = (current as { cause?: unknown }).cause;
    } else break;
  }
  return code === undefined ? {} : { code };
}

const CONNECT_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EPIPE',
  'EADDRNOTAVAIL',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);
const DNS_ERROR_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'ENODATA', 'ESERVFAIL']);

interface ErrorContext {
  readonly url: URL;
  readonly timeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly deadline: AbortSignal;
  readonly callerSignal: AbortSignal | undefined;
}

/** Turns whatever undici, net, tls or zlib threw into an HttpClientError. */
function toHttpClientError(error: unknown, context: ErrorContext): HttpClientError {
  const { url } = context;
  const host = url.host;
  if (context.callerSignal?.aborted === true) {
    return new HttpClientError('ABORTED', 'The request was cancelled.', {
      url: url.href,
      cause: context.callerSignal.reason,
    });
  }
  const { httpError, code } = findCause(error);
  if (httpError) return withUrl(httpError, url);
  if (context.deadline.aborted || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new HttpClientError(
      'TIMEOUT',
      `${host} did not answer within ${context.timeoutMs / 1000} seconds.`,
      {
        url: url.href,
        cause: error,
      },
    );
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
    return new HttpClientError(
      'TIMEOUT',
      `Could not connect to ${host} within ${context.connectTimeoutMs / 1000} seconds.`,
      { url: url.href, cause: error },
    );
  }
  if (code !== undefined && DNS_ERROR_CODES.has(code)) {
    return new HttpClientError('DNS_FAILED', unreachableDestinationMessage(url.hostname), {
      url: url.href,
      detail: `the host name ${url.hostname} could not be found (${code})`,
      cause: error,
    });
  }
  if (code !== undefined && CONNECT_ERROR_CODES.has(code)) {
    const message =
      code === 'ECONNREFUSED'
        ? `${host} refused the connection.`
        : code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE'
          ? `The connection to ${host} was closed unexpectedly.`
          : `Could not connect to ${host}.`;
    return new HttpClientError('CONNECT_FAILED', message, { url: url.href, cause: error });
  }
  if (
    code !== undefined &&
    (/^ERR_(TLS|SSL)_/.test(code) || /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code))
  ) {
    return new HttpClientError(
      'TLS_FAILED',
      `The secure connection to ${host} could not be established (its certificate is not valid for this address or not trusted).`,
      { url: url.href, cause: error },
    );
  }
  if (
    code !== undefined &&
    (code.startsWith('HPE_') ||
      code === 'UND_ERR_INFO' ||
      code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' ||
      code === 'UND_ERR_HEADERS_OVERFLOW')
  ) {
    return new HttpClientError('BAD_RESPONSE', `${host} sent a response that is not valid HTTP.`, {
      url: url.href,
      cause: error,
    });
  }
  return new HttpClientError('CONNECT_FAILED', `The request to ${host} failed.`, {
    url: url.href,
    cause: error,
  });
}

function resolveRedirect(location: string, base: URL): URL {
  let next: URL;
  try {
    next = new URL(location, base);
  } catch (cause) {
    throw new HttpClientError('BAD_RESPONSE', `${base.host} redirected to an invalid address.`, {
      url: base.href,
      cause,
    });
  }
  return parseFetchUrl(next);
}

export function createGuardedHttpClient(options: GuardedHttpClientOptions): GuardedHttpClient {
  const allowedHosts = parseAllowedHosts(options.allowPrivateHosts);
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const defaultMaxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const defaultMaxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const defaultHeaders: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: options.accept ?? DEFAULT_ACCEPT,
    'accept-encoding': supportedEncodings().join(', '),
  };

  const agent = new Agent({
    connect: createGuardedConnector({
      resolve: options.lookup ?? resolveWithSystemDns,
      allowedHosts,
      connectTimeoutMs,
    }),
  });

  async function request(input: HttpRequest): Promise<HttpResponse> {
    const timeoutMs = input.timeoutMs ?? defaultTimeoutMs;
    const maxBytes = input.maxBytes ?? defaultMaxBytes;
    const maxRedirects = input.maxRedirects ?? defaultMaxRedirects;
    let url = parseFetchUrl(input.url);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    const signal = input.signal ? AbortSignal.any([input.signal, deadline.signal]) : deadline.signal;
    let method = (input.method ?? 'GET').toUpperCase();
    let headers = buildHeaders(defaultHeaders, input.headers);
    const redirects: string[] = [];
    try {
      for (;;) {
        assertHostAllowed(url, allowedHosts);
        signal.throwIfAborted();
        const response = await agent.request({
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method,
          headers,
          ...(input.body !== undefined && method !== 'GET' && method !== 'HEAD' && { body: input.body }),
          signal,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        const location = response.headers.location;
        if (REDIRECT_STATUSES.has(response.statusCode) && typeof location === 'string' && location !== '') {
          discardBody(response.body);
          if (redirects.length >= maxRedirects) {
            throw new HttpClientError(
              'TOO_MANY_REDIRECTS',
              `The address redirected more than ${maxRedirects} times.`,
              { url: url.href },
            );
          }
          const next = resolveRedirect(location, url);
          redirects.push(url.href);
          if (next.origin !== url.origin) {
            headers = { ...headers };
            for (const name of CREDENTIAL_HEADERS) delete headers[name];
          }
          if (
            response.statusCode === 303
              ? method !== 'HEAD'
              : method === 'POST' && response.statusCode !== 307 && response.statusCode !== 308
          ) {
            method = 'GET';
          }
          url = next;
          continue;
        }

        const responseHeaders = flattenHeaders(response.headers);
        const declaredLength = Number(responseHeaders['content-length']);
        if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
          discardBody(response.body);
          throw bodyTooLargeError(maxBytes, url.href);
        }
        const body =
          method === 'HEAD'
            ? (discardBody(response.body), new Uint8Array(0))
            : await readBodyWithLimit(response.body, {
                contentEncoding: responseHeaders['content-encoding'],
                maxBytes,
                url: url.href,
                signal,
              });
        return { url: url.href, status: response.statusCode, headers: responseHeaders, body, redirects };
      }
    } catch (error) {
      throw toHttpClientError(error, {
        url,
        timeoutMs,
        connectTimeoutMs,
        deadline: deadline.signal,
        callerSignal: input.signal,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    request,
    close: () => agent.close(),
  };
}
