/** A fetch-based HttpClient for tests that refuses to leave the local fixture server. */
import { type HttpClient, type HttpRequest, type HttpResponse } from '@tributary/bridges';

export function createTestHttpClient(allowedOrigin: () => string, outbound: string[] = []): HttpClient & { outbound: string[] } {
  return {
    outbound,
    async request(request: HttpRequest): Promise<HttpResponse> {
      if (!request.url.startsWith(`${allowedOrigin()}/`)) {
        outbound.push(request.url);
        throw new Error(`Test HTTP client refused an outbound request to ${request.url}`);
      }
      const response = await fetch(request.url, {
        method: request.method ?? 'GET',
        headers: request.headers ?? {},
        redirect: 'follow',
        ...(request.signal ? { signal: request.signal } : {}),
      });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key.toLowerCase()] = value;
      });
      return { url: response.url, status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) };
    },
  };
}
