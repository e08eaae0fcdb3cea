import { Injectable } from '@nestjs/common';
import { BridgeRuntime } from '../ingest/fetch/bridge-runtime.service.js';
import { isHttpClientError } from '../http/index.js';

export interface HubRequest {
  mode: 'subscribe' | 'unsubscribe';
  hubUrl: string;
  topicUrl: string;
  callbackUrl: string;
  secret: string;
  leaseSeconds: number;
}

export type HubAnswer = { ok: true; status: number } | { ok: false; message: string };

/** How long a hub may take to answer a (un)subscription request; it verifies intent before or after. */
const HUB_TIMEOUT_MS = 15_000;

/**
 * The subscriber side of W3C WebSub §5.1: form-encoded POSTs to a hub, through the worker's one guarded
 * HTTP client (SSRF checks, timeouts, size caps). A hub accepts with 202 (any 2xx is taken as accepted)
 * and then verifies intent at the callback, which the API answers.
 */
@Injectable()
export class HubClient {
  constructor(private readonly runtime: BridgeRuntime) {}

  async send(request: HubRequest): Promise<HubAnswer> {
    const form = new URLSearchParams({
      'hub.callback': request.callbackUrl,
      'hub.mode': request.mode,
      'hub.topic': request.topicUrl,
    });
    if (request.mode === 'subscribe') {
      form.set('hub.lease_seconds', String(request.leaseSeconds));
      form.set('hub.secret', request.secret);
    }
    try {
      const response = await this.runtime.http.request({
        url: request.hubUrl,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/plain, */*;q=0.5' },
        body: form.toString(),
        timeoutMs: HUB_TIMEOUT_MS,
        maxBytes: 64 * 1024,
        // A hub that redirects a POST is not one to trust with a secret.
        maxRedirects: 0,
      });
      if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
      const said = Buffer.from(response.body).toString('utf8').replace(/\s+/g, ' ').trim().slice(0, 200);
      return { ok: false, message: `The hub answered HTTP ${response.status}${said ? `: ${said}` : ''}.` };
    } catch (error) {
      if (isHttpClientError(error)) return { ok: false, message: error.message };
      throw error;
    }
  }
}
