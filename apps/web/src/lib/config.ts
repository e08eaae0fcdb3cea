// The web app's configuration, read once and validated: a wrong value stops the server with a message
// naming the variable. Only server code (proxy, server components) reads it; nothing here reaches the browser.
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  API_PORT: z.coerce.number().int().min(1).max(65_535).default(4000),
  /** Full GraphQL endpoint the web server talks to; defaults to the local API on API_PORT. */
  API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:4000/graphql' })
    .optional(),
  /** Milliseconds a server-side GraphQL request may take before it is abandoned. */
  API_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  /** Where people reach the web app (links shown to them, such as a profile's address). */
  PUBLIC_WEB_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://tributary.example' })
    .optional(),
});

export interface WebConfig {
  isDev: boolean;
  apiUrl: string;
  apiTimeoutMs: number;
  /** PUBLIC_WEB_URL without a trailing slash, when set. */
  publicWebUrl: string | undefined;
}

export class WebConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration of @tributary/web:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'WebConfigError';
  }
}

export function parseWebConfig(env: Record<string, string | undefined>): WebConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new WebConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const { NODE_ENV, API_PORT, API_URL, API_TIMEOUT_MS, PUBLIC_WEB_URL } = result.data;
  return {
    isDev: NODE_ENV === 'development',
    apiUrl: API_URL ?? `http://127.0.0.1:${API_PORT}/graphql`,
    apiTimeoutMs: API_TIMEOUT_MS,
    publicWebUrl: PUBLIC_WEB_URL?.replace(/\/+$/, ''),
  };
}

let cached: WebConfig | undefined;

/** The process's configuration, parsed on first use. */
export function getWebConfig(): WebConfig {
  cached ??= parseWebConfig({
    NODE_ENV: process.env.NODE_ENV,
    API_PORT: process.env.API_PORT,
    API_URL: process.env.API_URL,
    API_TIMEOUT_MS: process.env.API_TIMEOUT_MS,
    PUBLIC_WEB_URL: process.env.PUBLIC_WEB_URL,
  });
  return cached;
}
