import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TypedDocument } from './client';
import {
  classifyRefusal,
  liveChannelName,
  onSessionEnded,
  parseSseChunk,
  retryDelay,
  subscribeLive,
} from './live';

describe('parseSseChunk', () => {
  it('reads complete events and keeps the unfinished rest', () => {
    const { events, rest } = parseSseChunk(
      ': keep-alive\n\nevent: next\ndata: {"data":{"a":1}}\n\nevent: next\r\ndata: {"da',
    );
    expect(events).toEqual([{ event: 'next', data: '{"data":{"a":1}}' }]);
    expect(rest).toBe('event: next\ndata: {"da');
  });

  it('joins multi-line data and defaults the event name', () => {
    const { events } = parseSseChunk('data: a\ndata: b\n\nevent: complete\ndata:\n\n');
    expect(events).toEqual([
      { event: 'message', data: 'a\nb' },
      { event: 'complete', data: '' },
    ]);
  });
});

describe('liveChannelName', () => {
  it('names the channel after the operation, else after a hash of the query', () => {
    expect(liveChannelName('subscription TimelineUpdates { timelineUpdates { id } }')).toBe(
      'tributary-live:TimelineUpdates',
    );
    const anonymous = liveChannelName('subscription { a }');
    expect(anonymous).toMatch(/^tributary-live:[0-9a-z]+$/);
    expect(anonymous).not.toBe(liveChannelName('subscription { b }'));
  });
});

type Payload = { n: number };

/** A fake /graphql: every POST opens a stream the test writes SSE events into. */
class FakeServer {
  readonly streams: ReadableStreamDefaultController<Uint8Array>[] = [];
  readonly fetch = vi.fn((_url: string, init: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.streams.push(controller);
        init.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
      },
    });
    return Promise.resolve(
      new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }),
    );
  });

  send(index: number, payload: unknown): void {
    this.streams[index]!.enqueue(
      new TextEncoder().encode(`event: next\ndata: ${JSON.stringify(payload)}\n\n`),
    );
  }
}

let counter = 0;
function freshDocument(): TypedDocument<Payload, Record<string, never>> {
  counter += 1;
  const query = `subscription Spec${counter}${Date.now()} { n }`;
  return { toString: () => query };
}

function participant() {
  const data: Payload[] = [];
  let connected = 0;
  return {
    data,
    get connected() {
      return connected;
    },
    options: { onData: (value: Payload) => data.push(value), onConnected: () => (connected += 1) },
  };
}

describe('subscribeLive', () => {
  let server: FakeServer;
  const stops: (() => void)[] = [];

  beforeEach(() => {
    server = new FakeServer();
    vi.stubGlobal('fetch', server.fetch);
  });

  afterEach(() => {
    stops.splice(0).forEach((stop) => stop());
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shares one connection between participants and relays data and connections', async () => {
    const document = freshDocument();
    const first = participant();
    const second = participant();
    stops.push(subscribeLive(document, first.options), subscribeLive(document, second.options));

    await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(first.connected + second.connected).toBe(2));
    server.send(0, { data: { n: 1 } });
    await vi.waitFor(() => expect(second.data).toEqual([{ n: 1 }]));
    expect(first.data).toEqual([{ n: 1 }]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.fetch).toHaveBeenCalledTimes(1);
  });

  it('hands the connection over when the leader stops', async () => {
    const document = freshDocument();
    const leader = participant();
    const follower = participant();
    const stopLeader = subscribeLive(document, leader.options);
    await vi.waitFor(() => expect(leader.connected).toBe(1));
    stops.push(subscribeLive(document, follower.options));
    await vi.waitFor(() => expect(follower.connected).toBe(0));

    stopLeader();
    await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(follower.connected).toBe(1));
    server.send(1, { data: { n: 2 } });
    await vi.waitFor(() => expect(follower.data).toEqual([{ n: 2 }]));
    expect(leader.data).toEqual([]);
  });

  it('stops every participant and announces it when the session has ended', async () => {
    const ended = vi.fn();
    stops.push(onSessionEnded(ended));
    const document = freshDocument();
    const first = participant();
    const second = participant();
    stops.push(subscribeLive(document, first.options), subscribeLive(document, second.options));
    await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(1));

    server.send(0, { errors: [{ message: 'Sign in to do this.', extensions: { code: 'UNAUTHENTICATED' } }] });
    await vi.waitFor(() => expect(ended).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Nobody took over to be refused again.
    expect(server.fetch).toHaveBeenCalledTimes(1);
  });

  it('backs off and reconnects after a refusal such as RATE_LIMITED, in every tab, without ending anything', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const ended = vi.fn();
      stops.push(onSessionEnded(ended));
      const document = freshDocument();
      const first = participant();
      const second = participant();
      stops.push(subscribeLive(document, first.options), subscribeLive(document, second.options));
      await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(1));
      server.send(0, { errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 5 } }] });
      // Time moves only as the test moves it: a second a check, until the retry after 5 s has happened.
      await vi.waitFor(
        async () => {
          await vi.advanceTimersByTimeAsync(1_000);
          expect(server.fetch).toHaveBeenCalledTimes(2);
        },
        { timeout: 4_000, interval: 20 },
      );
      server.send(1, { data: { n: 5 } });
      await vi.waitFor(() => expect(second.data).toEqual([{ n: 5 }]));
      expect(first.data).toEqual([{ n: 5 }]);
      expect(ended).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('connects directly when Web Locks are missing', async () => {
    vi.stubGlobal('navigator', {});
    const document = freshDocument();
    const first = participant();
    const second = participant();
    stops.push(subscribeLive(document, first.options), subscribeLive(document, second.options));
    await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(2));
    server.send(0, { data: { n: 3 } });
    server.send(1, { data: { n: 4 } });
    await vi.waitFor(() => expect(first.data.length + second.data.length).toBe(2));
  });
});

describe('classifyRefusal and retryDelay', () => {
  const errors = (code: string, extra: Record<string, unknown> = {}) => [
    { message: 'x', extensions: { code, ...extra } },
  ];

  it('ends only for a session that is over', () => {
    expect(classifyRefusal(errors('UNAUTHENTICATED'))).toEqual({ kind: 'session-ended' });
    expect(classifyRefusal(errors('RATE_LIMITED')).kind).toBe('retry');
    expect(classifyRefusal(errors('FORBIDDEN')).kind).toBe('retry');
    expect(classifyRefusal(undefined).kind).toBe('retry');
  });

  it('climbs the backoff for retryable errors and honours retryAfterSeconds', () => {
    const limited = classifyRefusal(errors('RATE_LIMITED', { retryAfterSeconds: 12 }));
    expect(retryDelay(1, limited)).toBe(12_000);
    const internal = classifyRefusal(errors('INTERNAL'));
    expect([1, 2, 3, 4, 5, 6, 9].map((attempt) => retryDelay(attempt, internal))).toEqual([
      2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('retries other refusals only at the longest delay', () => {
    expect(retryDelay(1, classifyRefusal(errors('FORBIDDEN')))).toBe(30_000);
  });
});
