// A WebSub hub for tests, written to the hub side of the W3C recommendation (https://www.w3.org/TR/websub/):
// it takes subscription requests (§5.1), answers 202 and then verifies intent at the callback (§5.3),
// keeps leases, and distributes content to verified subscribers signed with their hub.secret (§7, §8).
import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';

export type HubMode = 'subscribe' | 'unsubscribe';

/** A subscription the hub verified; it is delivered to until `expiresAt`. */
export interface HubSubscription {
  callback: string;
  topic: string;
  secret: string | null;
  leaseSeconds: number;
  expiresAt: number;
}

/** One subscription request as the hub received it, and what came of its verification. */
export interface HubRequestRecord {
  mode: HubMode;
  callback: string;
  topic: string;
  secret: string | null;
  leaseSeconds: number | null;
  at: number;
  /** Set once the hub has asked the callback: whether it echoed the challenge. */
  verified?: boolean;
}

export interface Delivery {
  callback: string;
  status: number;
}

export interface PublishOptions {
  contentType?: string;
  /** How to sign: the subscription's secret with `sha256` (default) or `sha1`, no signature, or a wrong key. */
  signature?: 'sha256' | 'sha1' | 'none' | 'wrong-secret';
  /** Deliver to this callback only (default: every verified subscriber of the topic). */
  callback?: string;
}

export interface WebSubHubOptions {
  /** The longest lease granted; a request for more (or for none) gets this. Default 10 days. */
  maxLeaseSeconds?: number;
  /** Answer every subscription request with this status instead of verifying (e.g. 500, 400). */
  refuseWith?: number;
}

const DEFAULT_LEASE_SECONDS = 10 * 86_400;

/** A local hub: its URL is `hub.url`; subscribers POST there, and tests call `publish`. */
export class WebSubHub {
  readonly requests: HubRequestRecord[] = [];
  readonly deliveries: Delivery[] = [];
  private readonly subscriptions = new Map<string, HubSubscription>();
  private readonly verifications = new Set<Promise<void>>();
  private server?: http.Server;

  constructor(private readonly options: WebSubHubOptions = {}) {}

  get port(): number {
    return (this.server!.address() as { port: number }).port;
  }

  /** `127.0.0.1:<port>`, for FETCH_ALLOW_PRIVATE_HOSTS. */
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  async start(port = 0): Promise<this> {
    this.server = http.createServer((request, response) => {
      void this.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.verifications]);
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Verified subscriptions of a topic whose lease runs. */
  subscribersOf(topic: string): HubSubscription[] {
    const now = Date.now();
    return [...this.subscriptions.values()].filter(
      (subscription) => subscription.topic === topic && subscription.expiresAt > now,
    );
  }

  /** Requests of one mode for a topic, oldest first. */
  requestsFor(topic: string, mode?: HubMode): HubRequestRecord[] {
    return this.requests.filter((request) => request.topic === topic && (!mode || request.mode === mode));
  }

  /** Waits until every verification started so far has finished. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.verifications]);
  }

  /**
   * Distributes `content` to the topic's verified subscribers (§7): a POST with the content type, Link
   * headers naming the hub and the topic, and `X-Hub-Signature` when the subscriber gave a secret.
   */
  async publish(
    topic: string,
    content: string | Uint8Array,
    options: PublishOptions = {},
  ): Promise<Delivery[]> {
    const body = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    const targets = this.subscribersOf(topic).filter(
      (subscription) => !options.callback || subscription.callback === options.callback,
    );
    const results: Delivery[] = [];
    for (const subscription of targets) {
      const headers: Record<string, string> = {
        'content-type': options.contentType ?? 'application/atom+xml; charset=utf-8',
        link: `<${this.url}>; rel="hub", <${topic}>; rel="self"`,
      };
      const signature = options.signature ?? 'sha256';
      if (subscription.secret && signature !== 'none') {
        const algorithm = signature === 'sha1' ? 'sha1' : 'sha256';
        const key = signature === 'wrong-secret' ? `${subscription.secret}-not` : subscription.secret;
        headers['x-hub-signature'] = `${algorithm}=${createHmac(algorithm, key).update(body).digest('hex')}`;
      }
      const response = await fetch(subscription.callback, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
      });
      await response.arrayBuffer();
      // §8: a 410 answer deletes the subscription.
      if (response.status === 410) this.subscriptions.delete(key(subscription.callback, subscription.topic));
      const delivery = { callback: subscription.callback, status: response.status };
      this.deliveries.push(delivery);
      results.push(delivery);
    }
    return results;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (type !== 'application/x-www-form-urlencoded') {
      response.writeHead(400).end('Requests must be application/x-www-form-urlencoded.');
      return;
    }
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const mode = form.get('hub.mode');
    if (mode === 'publish') {
      // The common publisher ping: fetch the topic and distribute it.
      const topic = form.get('hub.url') ?? form.get('hub.topic');
      if (!topic) {
        response.writeHead(400).end('hub.url is required.');
        return;
      }
      response.writeHead(202).end();
      const fetched = await fetch(topic);
      await this.publish(topic, new Uint8Array(await fetched.arrayBuffer()), {
        contentType: fetched.headers.get('content-type') ?? 'application/xml',
      });
      return;
    }
    const callback = form.get('hub.callback');
    const topic = form.get('hub.topic');
    if ((mode !== 'subscribe' && mode !== 'unsubscribe') || !callback || !topic || !isHttpUrl(callback)) {
      response.writeHead(400).end('hub.mode, hub.topic and an http(s) hub.callback are required.');
      return;
    }
    const secret = form.get('hub.secret');
    if (secret !== null && Buffer.byteLength(secret) >= 200) {
      response.writeHead(400).end('hub.secret must be shorter than 200 bytes.');
      return;
    }
    const requestedLease = Number(form.get('hub.lease_seconds') ?? Number.NaN);
    const record: HubRequestRecord = {
      mode,
      callback,
      topic,
      secret,
      leaseSeconds: Number.isFinite(requestedLease) ? requestedLease : null,
      at: Date.now(),
    };
    this.requests.push(record);
    if (this.options.refuseWith) {
      response.writeHead(this.options.refuseWith).end('Refused by the test hub.');
      return;
    }
    response.writeHead(202).end();
    // §5.3: verification of intent happens after the request was accepted.
    const verification = this.verify(record).finally(() => this.verifications.delete(verification));
    this.verifications.add(verification);
  }

  private async verify(record: HubRequestRecord): Promise<void> {
    const maxLease = this.options.maxLeaseSeconds ?? DEFAULT_LEASE_SECONDS;
    const lease =
      record.leaseSeconds && record.leaseSeconds > 0 ? Math.min(record.leaseSeconds, maxLease) : maxLease;
    const challenge = randomBytes(16).toString('hex');
    const url = new URL(record.callback);
    url.searchParams.set('hub.mode', record.mode);
    url.searchParams.set('hub.topic', record.topic);
    url.searchParams.set('hub.challenge', challenge);
    if (record.mode === 'subscribe') url.searchParams.set('hub.lease_seconds', String(lease));
    let echoed = false;
    try {
      const response = await fetch(url, { redirect: 'manual' });
      echoed = response.status >= 200 && response.status < 300 && (await response.text()) === challenge;
    } catch {
      echoed = false;
    }
    record.verified = echoed;
    if (!echoed) return;
    const id = key(record.callback, record.topic);
    if (record.mode === 'unsubscribe') this.subscriptions.delete(id);
    else {
      this.subscriptions.set(id, {
        callback: record.callback,
        topic: record.topic,
        secret: record.secret,
        leaseSeconds: lease,
        expiresAt: Date.now() + lease * 1000,
      });
    }
  }
}

function key(callback: string, topic: string): string {
  return `${callback} ${topic}`;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
