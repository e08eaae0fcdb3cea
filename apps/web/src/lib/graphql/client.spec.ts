import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HealthDocument } from '@/gql/graphql';
import { CLIENT_HEADER, executeGraphQL, type TypedDocument } from './client';
import { GraphQLRequestError } from './errors';

interface Recorded {
  method: string | undefined;
  headers: IncomingHttpHeaders;
  body: unknown;
}

type Reply = { status?: number; contentType?: string; body?: string; hang?: boolean };

let server: Server;
let endpoint: string;
let recorded: Recorded[] = [];
let reply: Reply = {};

const healthData = { health: { ok: true, database: true, redis: false, version: '1.2.3' } };
const json = (value: unknown): Reply => ({ body: JSON.stringify(value) });

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      recorded.push({
        method: request.method,
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
      });
      if (reply.hang) return;
      response.writeHead(reply.status ?? 200, { 'content-type': reply.contentType ?? 'application/json' });
      response.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  recorded = [];
  reply = json({ data: healthData });
});

async function failureOf(promise: Promise<unknown>): Promise<GraphQLRequestError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GraphQLRequestError);
  return error as GraphQLRequestError;
}

describe('executeGraphQL', () => {
  it('POSTs JSON with the CSRF client header and returns typed data', async () => {
    const data = await executeGraphQL(HealthDocument, { endpoint });

    expect(data.health.version).toBe('1.2.3');
    expect(recorded).toHaveLength(1);
    const [request] = recorded;
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['x-tributary-client']).toBe('web');
    expect(request?.body).toMatchObject({ operationName: 'Health', variables: {} });
    expect((request?.body as { query: string }).query).toContain('health');
  });

  it('sends variables and forwarded headers, but never lets them replace its own', async () => {
    const document = {
      toString: () => 'query Entry($id: ID!) { entry(id: $id) { id } }',
    } as TypedDocument<{ entry: { id: string } }, { id: string }>;
    reply = json({ data: { entry: { id: 'e1' } } });

    await executeGraphQL(document, {
      endpoint,
      variables: { id: 'e1' },
      headers: { cookie: 'session=abc', [CLIENT_HEADER]: 'evil', 'content-type': 'text/plain' },
    });

    const [request] = recorded;
    expect(request?.headers.cookie).toBe('session=abc');
    expect(request?.headers['x-tributary-client']).toBe('web');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toMatchObject({ operationName: 'Entry', variables: { id: 'e1' } });
  });

  it('surfaces extensions.code of the first error, with all errors and partial data', async () => {
    reply = json({
      data: null,
      errors: [
        { message: 'Sign in first', path: ['me'], extensions: { code: 'UNAUTHENTICATED' } },
        { message: 'second', extensions: { code: 'FORBIDDEN' } },
      ],
    });

    const error = await failureOf(executeGraphQL(HealthDocument, { endpoint }));

    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('Sign in first');
    expect(error.errors).toHaveLength(2);
    expect(error.hasCode('FORBIDDEN')).toBe(true);
    expect(error.status).toBe(200);
  });

  it('reads GraphQL errors from non-2xx responses (graphql-response+json)', async () => {
    reply = {
      status: 400,
      contentType: 'application/graphql-response+json',
      body: JSON.stringify({ errors: [{ message: 'Bad handle', extensions: { code: 'BAD_USER_INPUT' } }] }),
    };

    const error = await failureOf(executeGraphQL(HealthDocument, { endpoint }));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.status).toBe(400);
  });

  it('maps unknown or missing codes to INTERNAL', async () => {
    reply = json({ errors: [{ message: 'boom', extensions: { code: 'SOMETHING_NEW' } }, { message: 'x' }] });
    expect((await failureOf(executeGraphQL(HealthDocument, { endpoint }))).code).toBe('INTERNAL');

    reply = json({ errors: [{ message: 'no extensions' }] });
    expect((await failureOf(executeGraphQL(HealthDocument, { endpoint }))).code).toBe('INTERNAL');
  });

  it('maps bare HTTP failures by status', async () => {
    reply = { status: 429, contentType: 'text/plain', body: 'slow down' };
    expect((await failureOf(executeGraphQL(HealthDocument, { endpoint }))).code).toBe('RATE_LIMITED');

    reply = { status: 500, contentType: 'text/plain', body: 'Internal Server Error' };
    expect((await failureOf(executeGraphQL(HealthDocument, { endpoint }))).code).toBe('INTERNAL');

    reply = { status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' };
    const error = await failureOf(executeGraphQL(HealthDocument, { endpoint }));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.status).toBe(502);
  });

  it('reports BAD_RESPONSE for a 200 that is not a GraphQL result', async () => {
    reply = { contentType: 'text/html', body: '<!doctype html>' };
    expect((await failureOf(executeGraphQL(HealthDocument, { endpoint }))).code).toBe('BAD_RESPONSE');

    reply = json({ data: null });
    expect((await failureOf(executeGraphQL(HealthDocument, { endpoint }))).code).toBe('BAD_RESPONSE');
  });

  it('reports NETWORK_ERROR when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const error = await failureOf(
      executeGraphQL(HealthDocument, { endpoint: `http://127.0.0.1:${port}/graphql` }),
    );

    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.cause).toBeDefined();
  });

  it('reports TIMEOUT when the API does not answer in time', async () => {
    reply = { hang: true };

    const error = await failureOf(
      executeGraphQL(HealthDocument, { endpoint, signal: AbortSignal.timeout(150) }),
    );

    expect(error.code).toBe('TIMEOUT');
  });
});
