import { Repeater } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { releaseOnEnd } from './release-on-end.util.js';

describe('releaseOnEnd', () => {
  it('releases once when the source finishes', async () => {
    let releases = 0;
    const wrapped = releaseOnEnd(
      new Repeater<number>(async (push, stop) => {
        await push(1);
        await push(2);
        stop();
      }),
      () => (releases += 1),
    );
    const seen: number[] = [];
    for await (const value of wrapped) seen.push(value);
    expect(seen).toEqual([1, 2]);
    expect(releases).toBe(1);
    await wrapped.return?.();
    expect(releases).toBe(1);
  });

  it('releases at once when the client leaves while waiting for an event', async () => {
    let releases = 0;
    const silent = new Repeater<number>(async (_push, stop) => {
      await stop;
    });
    const wrapped = releaseOnEnd(silent, () => (releases += 1));
    const pending = wrapped.next();
    await wrapped.return?.();
    expect(releases).toBe(1);
    expect(await pending).toMatchObject({ done: true });
  });

  it('releases when the source fails', async () => {
    let releases = 0;
    const wrapped = releaseOnEnd(
      new Repeater<number>((push, stop) => {
        void push(1).then(() => stop(new Error('boom')));
      }),
      () => (releases += 1),
    );
    await wrapped.next();
    await expect(wrapped.next()).rejects.toThrow('boom');
    expect(releases).toBe(1);
  });
});
