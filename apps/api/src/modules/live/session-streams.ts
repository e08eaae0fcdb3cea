import { Repeater } from 'graphql-yoga';

/** Whose session a live stream was opened with. */
export interface StreamOwner {
  sessionId: string;
  userId: string;
}

interface OpenStream extends StreamOwner {
  end(): void;
}

/**
 * The open live streams of one process, indexed by the session that opened them, so that ending a
 * session (or every session of a user) ends its streams. A stream leaves the index when it ends, however
 * it ends: its session ended, the client went away, or its source completed.
 */
export class SessionStreams {
  private readonly bySession = new Map<string, Set<OpenStream>>();

  /** How many streams are open. */
  get size(): number {
    let count = 0;
    for (const streams of this.bySession.values()) count += streams.size;
    return count;
  }

  /** The sessions that have at least one open stream. */
  sessionIds(): string[] {
    return [...this.bySession.keys()];
  }

  /**
   * `source` as a stream that completes when its owner's session is ended here. Ending it returns
   * `source` (which unsubscribes it from the pub/sub topics it reads).
   */
  bind<T>(owner: StreamOwner, source: AsyncIterable<T>): AsyncIterable<T> {
    return new Repeater<T>(async (push, stop) => {
      const stream: OpenStream = { ...owner, end: () => stop() };
      this.add(stream);
      const iterator = source[Symbol.asyncIterator]();
      void stop.then(() => {
        this.remove(stream);
        void iterator.return?.();
      });
      let next: IteratorResult<T>;
      while (!(next = await iterator.next()).done) await push(next.value);
      stop();
    });
  }

  endSessions(sessionIds: readonly string[]): void {
    for (const sessionId of sessionIds) {
      for (const stream of this.bySession.get(sessionId) ?? []) stream.end();
    }
  }

  endUsers(userIds: readonly string[]): void {
    if (userIds.length === 0) return;
    const ended = new Set(userIds);
    for (const streams of this.bySession.values()) {
      for (const stream of streams) if (ended.has(stream.userId)) stream.end();
    }
  }

  endAll(): void {
    for (const streams of this.bySession.values()) for (const stream of streams) stream.end();
  }

  private add(stream: OpenStream): void {
    const streams = this.bySession.get(stream.sessionId) ?? new Set();
    streams.add(stream);
    this.bySession.set(stream.sessionId, streams);
  }

  private remove(stream: OpenStream): void {
    const streams = this.bySession.get(stream.sessionId);
    if (!streams) return;
    streams.delete(stream);
    if (streams.size === 0) this.bySession.delete(stream.sessionId);
  }
}
