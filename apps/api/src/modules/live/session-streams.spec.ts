import { Repeater } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { SessionStreams } from './session-streams.js';

/** A source whose values the test pushes, and which records whether it was returned. */
function controlledSource() {
  let pushValue: (value: number) => Promise<unknown> = () => Promise.resolve();
  const state = { returned: false };
  const source = new Repeater<number>(async (push, stop) => {
    pushValue = push;
    await stop;
    state.returned = true;
  });
  return { source, push: (value: number) => pushValue(value), state };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SessionStreams', () => {
  it('passes values through until its session is ended, then completes and returns its source', async () => {
    const streams = new SessionStreams();
    const { source, push, state } = controlledSource();
    const iterator = streams.bind({ sessionId: 's1', userId: 'u1' }, source)[Symbol.asyncIterator]();
    const first = iterator.next();
    await tick();
    expect(streams.sessionIds()).toEqual(['s1']);
    void push(1);
    expect(await first).toEqual({ value: 1, done: false });

    const pending = iterator.next();
    streams.endSessions(['other-session']);
    await tick();
    streams.endSessions(['s1']);
    expect(await pending).toEqual({ value: undefined, done: true });
    await tick();
    expect(state.returned).toBe(true);
    expect(streams.size).toBe(0);
    expect(streams.sessionIds()).toEqual([]);
  });

  it('ends every stream of an ended user, whatever its session, and no one else’s', async () => {
    const streams = new SessionStreams();
    const owners = [
      { sessionId: 'a1', userId: 'a' },
      { sessionId: 'a2', userId: 'a' },
      { sessionId: 'b1', userId: 'b' },
    ];
    const iterators = owners.map((owner) =>
      streams.bind(owner, controlledSource().source)[Symbol.asyncIterator](),
    );
    const nexts = iterators.map((iterator) => iterator.next());
    await tick();
    expect(streams.size).toBe(3);

    streams.endUsers(['a']);
    expect(await nexts[0]).toMatchObject({ done: true });
    expect(await nexts[1]).toMatchObject({ done: true });
    await tick();
    expect(streams.sessionIds()).toEqual(['b1']);
    streams.endAll();
    expect(await nexts[2]).toMatchObject({ done: true });
  });

  it('forgets a stream its client closes', async () => {
    const streams = new SessionStreams();
    const { source, state } = controlledSource();
    const iterator = streams.bind({ sessionId: 's1', userId: 'u1' }, source)[Symbol.asyncIterator]();
    void iterator.next();
    await tick();
    expect(streams.size).toBe(1);
    await iterator.return?.();
    await tick();
    expect(streams.size).toBe(0);
    expect(state.returned).toBe(true);
  });
});
