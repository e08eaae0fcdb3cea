/**
 * The guarded client as the bridges see it (`HttpClient` of @tributary/bridges). Failures are
 * turned into the bridges' typed errors with our human message kept, so a source's last error
 * reads "The address of feeds.example is in a private network, ..." rather than "Could not
 * reach ...".
 */
import {
  ParseError,
  PermanentError,
  TransientError,
  UnreachableError,
  UnsupportedError,
  type AnyBridgeError,
  type HttpClient,
} from '@tributary/bridges';
import type { GuardedHttpClient } from './guarded-http-client.js';
import { isHttpClientError, type HttpClientError } from './http-client.errors.js';

export function toBridgeError(error: HttpClientError): AnyBridgeError {
  const options = { reason: error.code.toLowerCase().replaceAll('_', '-'), url: error.url, cause: error };
  switch (error.code) {
    case 'BAD_URL':
    case 'UNSUPPORTED_SCHEME':
      return new UnsupportedError(error.message, options);
    case 'BLOCKED_ADDRESS':
    case 'DNS_FAILED':
    case 'CONNECT_FAILED':
    case 'TLS_FAILED':
      return new UnreachableError(error.message, options);
    case 'TIMEOUT':
    case 'BAD_RESPONSE':
    case 'ABORTED':
      return new TransientError(error.message, options);
    case 'TOO_MANY_REDIRECTS':
      return new PermanentError(error.message, options);
    case 'BODY_TOO_LARGE':
      return new ParseError(error.message, { ...options, reason: 'too-large' });
  }
}

/** Wraps the guarded client for the bridges; `signal` is used when a request brings none. */
export function createBridgeHttpClient(client: GuardedHttpClient, signal?: AbortSignal): HttpClient {
  return {
    async request(request) {
      try {
        return await client.request({ ...request, signal: request.signal ?? signal });
      } catch (error) {
        throw isHttpClientError(error) ? toBridgeError(error) : error;
      }
    },
  };
}
