/**
 * The guarded client as the bridges see it (`HttpClient` of @tributary/bridges). Failures are
 * turned into the bridges' typed errors with our human message kept, so a source's last error
 * reads "The address of feeds.example is in a private network, ..." rather than "Could not
 * reach ...".
 */
import { type AnyBridgeError, bridgeErrorFor, type HttpClient } from '@tributary/bridges';
import { HTTP_FAILURE_KINDS } from '@tributary/jobs';
import type { GuardedHttpClient } from './guarded-http-client.js';
import { isHttpClientError, type HttpClientError } from './http-client.errors.js';

/** The bridges' typed error of a client failure: its kind from packages/jobs' one table, our words kept. */
export function toBridgeError(error: HttpClientError): AnyBridgeError {
  const reason = error.code === 'BODY_TOO_LARGE' ? 'too-large' : error.code.toLowerCase().replaceAll('_', '-');
  return bridgeErrorFor(HTTP_FAILURE_KINDS[error.code], error.message, { reason, url: error.url, cause: error });
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
