// One error vocabulary, walked end to end: how the HTTP client or a source failed → the bridges' typed
// error (across the parse-thread boundary) → the worker's verdict → the resolve job's answer (the
// contract's schema) → the API's error code and details. The web app's words for every code are checked
// in apps/web/src/lib/ui-errors.spec.ts.
import { bridgeErrorFor, errorForStatus, type HttpResponse } from '@tributary/bridges';
import {
  API_ERROR_CODES,
  apiErrorOfResolve,
  FAILURE_KINDS,
  HTTP_FAILURE_KINDS,
  resolveErrorCodeFor,
  resolveResult,
} from '@tributary/jobs';
import { describe, expect, it } from 'vitest';
import { HTTP_CLIENT_ERROR_CODES, HttpClientError, toBridgeError } from '../../http/index.js';
import { deserializeError, serializeError } from '../threads/fetch-thread.protocol.js';
import { failedResolve, judgeFailure } from './ingest.errors.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');

/** The API's answer to a resolve that failed with `error`, as a person's client receives it. */
function walk(error: unknown) {
  const crossed = deserializeError(serializeError(error));
  const verdict = judgeFailure(crossed);
  if (!verdict) throw new Error('the failure was judged ours, not the source’s');
  const answer = resolveResult.parse(failedResolve(verdict, NOW));
  if (answer.ok) throw new Error('a failure resolved');
  return { verdict, answer, api: apiErrorOfResolve(answer) };
}

function response(status: number, headers: Record<string, string> = {}): HttpResponse {
  return { url: 'https://source.example/feed', status, headers, body: new Uint8Array() };
}

describe('one error vocabulary from the HTTP client to the API', () => {
  it.each(HTTP_CLIENT_ERROR_CODES)('HTTP client %s', (code) => {
    const { verdict, api } = walk(toBridgeError(new HttpClientError(code, `words for ${code}`, { url: 'https://source.example/' })));
    const kind = HTTP_FAILURE_KINDS[code];
    expect(api.code).toBe(resolveErrorCodeFor(kind));
    expect(API_ERROR_CODES).toContain(api.code);
    expect(api.message).toBe(`words for ${code}`);
    expect(verdict.isGone).toBe(false);
  });

  it('an HTTP client error that reached the worker unwrapped is judged the same', () => {
    for (const code of HTTP_CLIENT_ERROR_CODES) {
      const verdict = judgeFailure(new HttpClientError(code, 'x'));
      expect(verdict?.apiCode).toBe(resolveErrorCodeFor(HTTP_FAILURE_KINDS[code]));
    }
  });

  it.each([
    [400, 'SOURCE_UNREACHABLE'],
    [401, 'SOURCE_UNREACHABLE'],
    [403, 'SOURCE_UNREACHABLE'],
    [404, 'NOT_FOUND'],
    [408, 'SOURCE_UNREACHABLE'],
    [410, 'SOURCE_UNREACHABLE'],
    [500, 'SOURCE_UNREACHABLE'],
    [503, 'SOURCE_UNREACHABLE'],
  ] as const)('a source answering HTTP %i', (status, code) => {
    const { verdict, api } = walk(errorForStatus(response(status)));
    expect(api.code).toBe(code);
    expect(verdict.httpStatus).toBe(status);
    expect(verdict.isGone).toBe(status === 410);
    expect(api.details).toEqual({});
  });

  it("a source's 429 is SOURCE_UNREACHABLE and says when to come back, as Tributary's own limits do", () => {
    const { verdict, answer, api } = walk(errorForStatus(response(429, { 'retry-after': new Date(NOW + 120_000).toUTCString() })));
    expect(verdict.retryAfter?.getTime()).toBe(NOW + 120_000);
    expect(answer).toMatchObject({ code: 'SOURCE_UNREACHABLE', retryAfterSeconds: 120 });
    expect(api).toMatchObject({ code: 'SOURCE_UNREACHABLE', details: { retryAfterSeconds: 120 } });
  });

  it('every failure kind has a public code', () => {
    for (const kind of FAILURE_KINDS) {
      const { api } = walk(bridgeErrorFor(kind, `a ${kind} failure`));
      expect(api.code).toBe(resolveErrorCodeFor(kind));
      expect(API_ERROR_CODES).toContain(api.code);
    }
  });

  it("Tributary's own limit (the new-source budget) is RATE_LIMITED, always with retryAfterSeconds", () => {
    const limited = resolveResult.parse({ ok: false, code: 'RATE_LIMITED', message: 'budget spent', retryAfterSeconds: 3600 });
    if (limited.ok) throw new Error('unexpected');
    expect(apiErrorOfResolve(limited)).toEqual({ code: 'RATE_LIMITED', message: 'budget spent', details: { retryAfterSeconds: 3600 } });
    const unnamed = resolveResult.parse({ ok: false, code: 'RATE_LIMITED', message: 'budget spent' });
    if (unnamed.ok) throw new Error('unexpected');
    expect(apiErrorOfResolve(unnamed).details).toEqual({ retryAfterSeconds: 0 });
  });

  it('errors that are ours are not blamed on the source', () => {
    expect(judgeFailure(new Error('redis is down'))).toBeNull();
    expect(judgeFailure(deserializeError(serializeError(new Error('a bug'))))).toBeNull();
  });
});
