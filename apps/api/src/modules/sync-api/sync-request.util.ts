import { Logger } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { AppError } from '../../common/errors.js';
import { readRawBody } from '../websub/read-raw-body.util.js';
import { type Params } from './greader.service.js';

/** Form bodies of sync clients are small (ids and tags); this bounds them. */
export const SYNC_MAX_BODY_BYTES = 1024 * 1024;

/**
 * The request's parameters: the query string and a form body (urlencoded or multipart, parsed by the
 * platform's own FormData), repeated names kept in order. Returns null when the body is too large.
 */
export async function readParams(request: Request): Promise<Params | null> {
  const search = new URL(request.originalUrl, 'http://localhost').searchParams;
  const values = new Map<string, string[]>();
  const push = (name: string, value: string) => values.set(name, [...(values.get(name) ?? []), value]);
  for (const [name, value] of search) push(name, value);
  if (request.method === 'POST') {
    const raw = await readRawBody(request, SYNC_MAX_BODY_BYTES);
    if (!raw.ok) return null;
    const type = request.headers['content-type'] ?? 'application/x-www-form-urlencoded';
    if (raw.body.length > 0 && /multipart\/form-data|application\/x-www-form-urlencoded/i.test(type)) {
      try {
        const form = await new Response(new Uint8Array(raw.body), { headers: { 'content-type': type } }).formData();
        for (const [name, value] of form) if (typeof value === 'string') push(name, value);
      } catch {
        return null;
      }
    } else if (raw.body.length > 0 && !/json/i.test(type)) {
      // Some clients post forms with no or a wrong content type.
      for (const [name, value] of new URLSearchParams(Buffer.from(raw.body).toString('utf8'))) push(name, value);
    }
  }
  return {
    get: (name) => values.get(name)?.[0],
    getAll: (name) => values.get(name) ?? [],
  };
}

const STATUS: Partial<Record<AppError['code'], number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SOURCE_UNSUPPORTED: 400,
  SOURCE_UNREACHABLE: 502,
};

/** Answers an error as plain text with the status its code means; unknown errors are logged, not shown. */
/**
 * Starts a sync API answer: `nosniff`, then the request's parameters — or, for a body that is too large or
 * unreadable, a 413 already sent and `null`.
 */
export async function openSyncRequest(request: Request, response: Response): Promise<Params | null> {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  const params = await readParams(request);
  if (!params) response.status(413).type('text/plain').send('The request body is too large or unreadable.');
  return params;
}

export function sendError(response: Response, error: unknown, logger: Logger): void {
  response.setHeader('Cache-Control', 'no-store');
  if (error instanceof AppError) {
    const retryAfter = error.details.retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(STATUS[error.code] ?? 400).type('text/plain; charset=utf-8').send(error.message);
    return;
  }
  logger.error(`sync API request failed: ${(error as Error).stack ?? String(error)}`);
  response.status(500).type('text/plain; charset=utf-8').send('Something went wrong on our side.');
}

/** JSON with bigint-free values (callers convert ids to strings or numbers first). */
export function sendJson(response: Response, body: unknown): void {
  // Written directly: Express's send() would hash the whole body for an ETag nobody revalidates.
  const json = Buffer.from(JSON.stringify(body));
  response.status(200);
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', String(json.length));
  response.end(json);
}
