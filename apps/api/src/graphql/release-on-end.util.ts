/**
 * Wraps a subscription's event stream so `release` runs exactly once when it ends, however it ends:
 * the source finishes or fails, or the client goes away (`return()`, which must not wait for a pending
 * `next()`: an async generator would, so a silent stream would hold its slot until its next event).
 */
export function releaseOnEnd<T>(source: AsyncIterable<T>, release: () => void): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let isReleased = false;
  const releaseOnce = (): void => {
    if (isReleased) return;
    isReleased = true;
    release();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      try {
        const result = await iterator.next();
        if (result.done) releaseOnce();
        return result;
      } catch (error) {
        releaseOnce();
        throw error;
      }
    },
    async return(value?: unknown) {
      releaseOnce();
      return (await iterator.return?.(value)) ?? { done: true, value: undefined };
    },
    async throw(error?: unknown) {
      releaseOnce();
      if (iterator.throw) return iterator.throw(error);
      throw error;
    },
  };
}
