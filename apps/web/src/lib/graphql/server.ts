// GraphQL from server components, route handlers and server actions: straight to the API (API_URL),
// carrying the visitor's cookies so the API sees their session.
import 'server-only';
import { CLIENT_ADDRESS_HEADER } from '@tributary/client-address';
import { headers } from 'next/headers';
import { getWebConfig } from '../config';
import { executeGraphQL, type TypedDocument, type VariablesOption } from './client';

/**
 * Request headers worth passing on: the session cookie, what the API shows in a session list, and the
 * visitor's address as our server signed it (scripts/start.mjs) — never the browser's X-Forwarded-For.
 */
const FORWARDED_HEADERS = ['cookie', 'user-agent', 'accept-language', CLIENT_ADDRESS_HEADER] as const;

export type ServerQueryOptions<TVariables> = VariablesOption<TVariables> & {
  /** Overrides API_TIMEOUT_MS for this request. */
  timeoutMs?: number;
};

export async function queryServer<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...[options]: TVariables extends Record<string, never>
    ? [options?: ServerQueryOptions<TVariables>]
    : [options: ServerQueryOptions<TVariables>]
): Promise<TResult> {
  const config = getWebConfig();
  const incoming = await headers();
  const forwarded: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = incoming.get(name);
    if (value) forwarded[name] = value;
  }
  return executeGraphQL(document, {
    ...(options as VariablesOption<TVariables>),
    endpoint: config.apiUrl,
    headers: forwarded,
    signal: AbortSignal.timeout(options?.timeoutMs ?? config.apiTimeoutMs),
  });
}
