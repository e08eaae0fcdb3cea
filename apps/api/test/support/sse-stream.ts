/** One live subscription read the way a browser's SSE client reads it. */
export interface OpenSseStream {
  /** The `data` of every `next` event so far. */
  readonly events: unknown[];
  /** Resolves with the time the server completed the response (`event: complete`, then end of body). */
  readonly completed: Promise<{ at: number; sawComplete: boolean }>;
  /** Resolves with the next event whose data `matches`, or rejects after `timeoutMs`. */
  next(matches: (data: unknown) => boolean, timeoutMs?: number): Promise<unknown>;
  /** Whether the server has completed the response. */
  isCompleted(): boolean;
  /** Closes the stream from the client side. */
  close(): void;
}

/** POSTs a subscription as the web app's SSE client does (`Accept: text/event-stream`, the CSRF header). */
export function postSubscription(
  url: string,
  cookie: string,
  query: string,
  options: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      'x-tributary-client': 'test',
      cookie,
      ...options.headers,
    },
    body: JSON.stringify({ query }),
    ...(options.signal && { signal: options.signal }),
  });
}

/** POSTs a subscription with `Accept: text/event-stream` and reads its events as they arrive. */
export async function openSseStream(url: string, cookie: string, query: string): Promise<OpenSseStream> {
  const controller = new AbortController();
  const response = await postSubscription(url, cookie, query, { signal: controller.signal });
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('text/event-stream')) {
    throw new Error(`not an event stream: ${response.status} ${await response.text()}`);
  }
  const events: unknown[] = [];
  const waiters = new Set<() => void>();
  let completedAt = 0;
  let sawComplete = false;
  const completed = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const lines = buffer.slice(0, boundary).split('\n');
          buffer = buffer.slice(boundary + 2);
          if (lines.includes('event: complete')) sawComplete = true;
          const data = lines
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          if (data) {
            events.push(JSON.parse(data));
            for (const wake of waiters) wake();
          }
        }
      }
    } catch {
      // Closed by the client.
    }
    completedAt = Date.now();
    for (const wake of waiters) wake();
    return { at: completedAt, sawComplete };
  })();

  return {
    events,
    completed,
    isCompleted: () => completedAt > 0,
    close: () => controller.abort(),
    next(matches, timeoutMs = 5_000) {
      let seen = 0;
      return new Promise((resolve, reject) => {
        const check = () => {
          for (; seen < events.length; seen += 1) {
            if (matches(events[seen])) return finish(() => resolve(events[seen]));
          }
          if (completedAt > 0)
            finish(() => reject(new Error('the stream completed before a matching event')));
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`no matching event within ${timeoutMs} ms`))),
          timeoutMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      });
    },
  };
}
