import { randomBytes } from 'node:crypto';
import { type INestApplication } from '@nestjs/common';
import { type ApiConfig, loadApiConfig } from '@tributary/config';
import { inject } from 'vitest';
import { createApiApp } from '../../src/bootstrap.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; [key: string]: unknown };
    path?: (string | number)[];
  }[];
}

export interface ApiHarness {
  app: INestApplication;
  config: ApiConfig;
  url: string;
  /** POSTs a GraphQL request as the web app does (JSON + the CSRF header), with an optional cookie. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export const GENEROUS_RATE_LIMITS: Record<string, string> = Object.fromEntries(
  [
    'RATE_LIMIT_LOGIN_IP',
    'RATE_LIMIT_LOGIN_ACCOUNT',
    'RATE_LIMIT_SIGNUP_IP',
    'RATE_LIMIT_INVITE_IP',
    'RATE_LIMIT_SIGNUP_INVITE',
    'RATE_LIMIT_OPML_IMPORT',
    'RATE_LIMIT_PASSWORD_CHANGE',
    'RATE_LIMIT_ANONYMOUS',
    'RATE_LIMIT_AUTHENTICATED',
    'RATE_LIMIT_FIELD',
    'RATE_LIMIT_EXPENSIVE_FIELD',
  ].map((name) => [name, '1000000/60']),
);

/**
 * Starts the real API on a free port against this run's test database and the machine's Redis, with a
 * queue prefix of its own so runs never see each other's jobs.
 */
export async function startApi(overrides: Record<string, string> = {}): Promise<ApiHarness> {
  const config = loadApiConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATABASE_URL: inject('databaseUrl'),
    REDIS_URL: process.env.REDIS_URL,
    QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    // Cheap hashing and generous limits by default; the specs of those features override them.
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_TIME_COST: '1',
    ARGON2_MAX_CONCURRENCY: '8',
    ...GENEROUS_RATE_LIMITS,
    ...overrides,
  });
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer() as import('node:http').Server;
  const address = server.address() as { port: number };
  const url = `http://127.0.0.1:${address.port}/graphql`;
  return {
    app,
    config,
    url,
    async gql(query, variables, options = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-tributary-client': 'test',
          ...(options.cookie && { cookie: options.cookie }),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body } as never;
    },
    close: () => app.close(),
  };
}
