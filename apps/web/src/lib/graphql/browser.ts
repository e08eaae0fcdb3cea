// GraphQL from client components: same-origin POST /graphql (the proxy forwards it to the API), so the
// session cookie is first-party and the CSP's connect-src 'self' holds.
import { executeGraphQL, type TypedDocument, type VariablesOption } from './client';

export const BROWSER_GRAPHQL_PATH = '/graphql';

export type BrowserQueryOptions<TVariables> = VariablesOption<TVariables> & { signal?: AbortSignal };

export function queryBrowser<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...[options]: TVariables extends Record<string, never>
    ? [options?: BrowserQueryOptions<TVariables>]
    : [options: BrowserQueryOptions<TVariables>]
): Promise<TResult> {
  return executeGraphQL(document, {
    ...(options as VariablesOption<TVariables>),
    endpoint: BROWSER_GRAPHQL_PATH,
    credentials: 'same-origin',
    ...(options?.signal ? { signal: options.signal } : {}),
  });
}
