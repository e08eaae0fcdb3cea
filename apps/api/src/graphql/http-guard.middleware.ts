import { type NextFunction, type Request, type Response } from 'express';

interface HttpGuardOptions {
  maxBodyBytes: number;
}

function answer(res: Response, status: number, message: string): void {
  if (res.headersSent) return;
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }));
}

/**
 * In front of Yoga for every POST that reaches it: only `application/json` bodies (forms, text/plain and
 * multipart are what a cross-site page can send without a preflight; refusing them closes CSRF for login
 * and signup too), at most `maxBodyBytes` (413 otherwise, also for chunked bodies), parsed here so Yoga
 * receives `req.body` and a malformed body is BAD_USER_INPUT rather than an error page.
 *
 * Mount it exactly as Yoga is mounted (`app.use('/graphql', guard)`, see bootstrap.ts): Express then
 * matches both with the same rules — any case, a trailing slash, sub-paths, a query string — so no
 * spelling of the path reaches Yoga without passing here first.
 */
export function createHttpGuard(options: HttpGuardOptions) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST') {
      next();
      return;
    }
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json') {
      answer(res, 415, 'GraphQL requests must be sent as Content-Type: application/json.');
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > options.maxBodyBytes) {
      answer(res, 413, `The request body is too large (at most ${options.maxBodyBytes} bytes).`);
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let isDone = false;
    req.on('data', (chunk: Buffer) => {
      if (isDone) return;
      size += chunk.length;
      if (size > options.maxBodyBytes) {
        isDone = true;
        answer(res, 413, `The request body is too large (at most ${options.maxBodyBytes} bytes).`);
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => {
      isDone = true;
    });
    req.on('end', () => {
      if (isDone) return;
      isDone = true;
      try {
        req.body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
      } catch {
        answer(res, 400, 'The request body is not valid JSON.');
        return;
      }
      if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
        answer(res, 400, 'The request body must be one JSON object (batching is off).');
        return;
      }
      next();
    });
  };
}
