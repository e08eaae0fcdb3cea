// GraphQL subscriptions over SSE from the browser: POST /graphql with Accept: text/event-stream (the
// same-origin proxy streams it from the API). Reconnects with backoff until stopped.
//
// One connection per subscription document for all tabs of the origin: browsers allow only six
// HTTP/1.1 connections per host, and two streams in every tab used them up by the third tab. Each
// subscribeLive call asks for a Web Lock named after the document; whoever holds it runs the stream
// and relays every payload and (re)connection on a BroadcastChannel of the same name, the others
// listen. Closing the leading tab (or stopping its subscription) releases the lock to the next one.
import { CLIENT_HEADER, CLIENT_NAME, type TypedDocument } from './client';
import { BROWSER_GRAPHQL_PATH } from './browser';

export interface SseEvent {
  event: string;
  data: string;
}

/** Splits an SSE text buffer into complete events; returns them and the unfinished rest. */
export function parseSseChunk(buffer: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = [];
  const normalized = buffer.replace(/\r\n?/g, '\n');
  const blocks = normalized.split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) events.push({ event, data: data.join('\n') });
  }
  return { events, rest };
}

export interface LiveOptions<TResult> {
  onData: (data: TResult) => void;
  /** Called after each (re)connection is established; lets callers catch up on what they missed. */
  onConnected?: () => void;
}

/** Dispatched on `window` when a stream is refused for want of a session (the other tabs hear it too). */
export const SESSION_ENDED_EVENT = 'tributary:session-ended';
const SESSION_CHANNEL = 'tributary-session';
const LIVE_PREFIX = 'tributary-live:';
const HANDOVER_GRACE_MS = 1_000;

/** What the leading participant relays to the others. */
type LiveMessage<TResult> =
  | { type: 'data'; data: TResult }
  | { type: 'connected' }
  /** The session has ended (UNAUTHENTICATED): every participant stops, as the leader did. */
  | { type: 'ended' };

type StreamOutcome = 'stopped' | 'unauthenticated';

/** Backoff after a failed or refused connection: 2 s, 4 s, … up to this. */
const MAX_RETRY_DELAY_MS = 30_000;
/** A connection that stayed up this long was a good one: the next failure starts the backoff again. */
const HEALTHY_CONNECTION_MS = 60_000;
/** Codes worth retrying soon (with backoff); any other refusal is retried only at the longest delay. */
const RETRYABLE_CODES = new Set(['RATE_LIMITED', 'INTERNAL', 'NETWORK_ERROR', 'TIMEOUT', 'BAD_RESPONSE']);

function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The lock and channel name: the operation's name, else a hash of the query text. */
export function liveChannelName(query: string): string {
  const name = /^\s*subscription\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(query)?.[1];
  return LIVE_PREFIX + (name ?? hashOf(query));
}

interface ErrorItem {
  extensions?: { code?: unknown; retryAfterSeconds?: unknown };
}

function errorItems(errors: unknown): ErrorItem[] {
  return Array.isArray(errors)
    ? errors.filter((error): error is ErrorItem => typeof error === 'object' && error !== null)
    : [];
}

/** What the server's errors on a stream mean for it. */
export type Refusal =
  /** The session is over: stop everywhere and say so. */
  | { kind: 'session-ended' }
  /** Anything else: try again after `minDelayMs` at the least (a rate limit's retryAfterSeconds). */
  | { kind: 'retry'; isRetryable: boolean; minDelayMs: number };

export function classifyRefusal(errors: unknown): Refusal {
  const items = errorItems(errors);
  if (items.some((item) => item.extensions?.code === 'UNAUTHENTICATED')) return { kind: 'session-ended' };
  const codes = items.map((item) => item.extensions?.code);
  const isRetryable =
    codes.length === 0 || codes.some((code) => typeof code !== 'string' || RETRYABLE_CODES.has(code));
  const retryAfter = Math.max(
    0,
    ...items.map((item) => {
      const value = item.extensions?.retryAfterSeconds;
      return typeof value === 'number' && Number.isFinite(value) ? value : 0;
    }),
  );
  return { kind: 'retry', isRetryable, minDelayMs: retryAfter * 1_000 };
}

/** The wait before the next attempt: exponential for retryable failures, the longest one otherwise. */
export function retryDelay(attempt: number, refusal?: Refusal): number {
  const backoff = Math.min(MAX_RETRY_DELAY_MS, 1_000 * 2 ** Math.min(Math.max(attempt, 1), 5));
  if (!refusal || refusal.kind !== 'retry') return backoff;
  return Math.max(refusal.isRetryable ? backoff : MAX_RETRY_DELAY_MS, refusal.minDelayMs);
}

/** Tells this tab (a DOM event) and the others (a broadcast) that the session is over. */
function announceSessionEnded(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(SESSION_ENDED_EVENT));
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(SESSION_CHANNEL);
    channel.postMessage('ended');
    channel.close();
  }
}

/** Calls `listener` when a live stream in this tab or another one finds the session ended. */
export function onSessionEnded(listener: () => void): () => void {
  const target = typeof window !== 'undefined' ? window : undefined;
  target?.addEventListener(SESSION_ENDED_EVENT, listener);
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(SESSION_CHANNEL) : undefined;
  if (channel) channel.onmessage = () => listener();
  return () => {
    target?.removeEventListener(SESSION_ENDED_EVENT, listener);
    channel?.close();
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/**
 * The SSE loop: connects, and reconnects with backoff after a dropped connection or a refusal (a
 * rate limit, a server error), until aborted or the session has ended.
 */
async function runStream<TResult>(
  query: string,
  options: LiveOptions<TResult>,
  signal: AbortSignal,
): Promise<StreamOutcome> {
  let attempt = 0;
  while (!signal.aborted) {
    let refusal: Refusal | undefined;
    let connectedAt: number | undefined;
    try {
      const response = await fetch(BROWSER_GRAPHQL_PATH, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          [CLIENT_HEADER]: CLIENT_NAME,
        },
        body: JSON.stringify({ query, variables: {} }),
        credentials: 'same-origin',
        signal,
      });
      if (response.headers.get('content-type')?.includes('application/json')) {
        // A plain GraphQL answer instead of a stream (a 429 or a 5xx among them): a refusal.
        const payload = (await response.json()) as { errors?: unknown };
        refusal = classifyRefusal(payload.errors);
        if (refusal.kind === 'session-ended') return 'unauthenticated';
        throw new Error(`live: refused (HTTP ${response.status})`);
      }
      if (!response.ok || !response.body) throw new Error(`live: HTTP ${response.status}`);
      connectedAt = Date.now();
      options.onConnected?.();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const parsed = parseSseChunk(buffer + value);
        buffer = parsed.rest;
        for (const event of parsed.events) {
          if (event.event !== 'next' && event.event !== 'message') continue;
          let payload: { data?: TResult; errors?: unknown };
          try {
            payload = JSON.parse(event.data) as { data?: TResult; errors?: unknown };
          } catch {
            continue; // a malformed event: skip it
          }
          if (payload.errors) {
            void reader.cancel().catch(() => undefined);
            refusal = classifyRefusal(payload.errors);
            if (refusal.kind === 'session-ended') return 'unauthenticated';
            throw new Error('live: refused');
          }
          if (payload.data) options.onData(payload.data);
        }
      }
    } catch {
      if (signal.aborted) return 'stopped';
    }
    // A long, healthy connection that dropped starts the backoff again; quick failures climb it.
    const wasHealthy = connectedAt !== undefined && Date.now() - connectedAt >= HEALTHY_CONNECTION_MS;
    attempt = wasHealthy && !refusal ? 1 : attempt + 1;
    await sleep(retryDelay(attempt, refusal), signal);
  }
  return 'stopped';
}

function canShare(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.locks?.request === 'function' &&
    typeof BroadcastChannel === 'function'
  );
}

/** Subscribes until the returned function is called. Never throws; errors lead to a delayed retry. */
export function subscribeLive<TResult>(
  document: TypedDocument<TResult, Record<string, never>>,
  options: LiveOptions<TResult>,
): () => void {
  const controller = new AbortController();
  const query = document.toString();
  const settle = (outcome: StreamOutcome) => {
    if (outcome === 'unauthenticated') announceSessionEnded();
  };

  if (!canShare()) {
    void runStream(query, options, controller.signal).then(settle);
    return () => controller.abort();
  }

  const name = liveChannelName(query);
  const channel = new BroadcastChannel(name);
  let isLeading = false;
  const stop = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    channel.close();
  };
  const post = (message: LiveMessage<TResult>) => {
    if (!controller.signal.aborted) channel.postMessage(message);
  };

  channel.onmessage = (event: MessageEvent<LiveMessage<TResult>>) => {
    if (isLeading || controller.signal.aborted) return;
    const message = event.data;
    if (message.type === 'data') options.onData(message.data);
    else if (message.type === 'connected') options.onConnected?.();
    else if (message.type === 'ended') stop();
  };

  navigator.locks
    .request(name, { signal: controller.signal }, async () => {
      if (controller.signal.aborted) return;
      isLeading = true;
      const outcome = await runStream<TResult>(
        query,
        {
          onData: (data) => {
            post({ type: 'data', data });
            options.onData(data);
          },
          onConnected: () => {
            post({ type: 'connected' });
            options.onConnected?.();
          },
        },
        controller.signal,
      );
      if (outcome === 'stopped') return;
      // The session has ended: every participant stops, and this tab and the others say so.
      post({ type: 'ended' });
      settle(outcome);
      stop();
      // Hold the lock a moment longer: the others hear "ended" and leave the queue instead of one of
      // them taking over only to be refused as well.
      await new Promise((resolve) => setTimeout(resolve, HANDOVER_GRACE_MS));
    })
    .catch(() => undefined); // aborted while waiting for the lock
  return stop;
}
