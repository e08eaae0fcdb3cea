// GraphQL subscriptions over SSE from the browser: POST /graphql with Accept: text/event-stream (the
// same-origin proxy streams it from the API). Reconnects with backoff until stopped.
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

/** Subscribes until the returned function is called. Never throws; errors lead to a delayed retry. */
export function subscribeLive<TResult>(
  document: TypedDocument<TResult, Record<string, never>>,
  options: LiveOptions<TResult>,
): () => void {
  const controller = new AbortController();
  let attempt = 0;

  const run = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(BROWSER_GRAPHQL_PATH, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'text/event-stream',
            [CLIENT_HEADER]: CLIENT_NAME,
          },
          body: JSON.stringify({ query: document.toString(), variables: {} }),
          credentials: 'same-origin',
          signal: controller.signal,
        });
        if (!response.ok || !response.body) throw new Error(`live: HTTP ${response.status}`);
        attempt = 0;
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
            try {
              const payload = JSON.parse(event.data) as { data?: TResult; errors?: unknown };
              if (payload.errors) return; // e.g. UNAUTHENTICATED: retrying would not help
              if (payload.data) options.onData(payload.data);
            } catch {
              // a malformed event: skip it
            }
          }
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      attempt += 1;
      const delay = Math.min(30_000, 1_000 * 2 ** Math.min(attempt, 5));
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  };
  void run();
  return () => controller.abort();
}
