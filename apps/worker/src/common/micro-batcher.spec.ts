import { describe, expect, it } from 'vitest';
import { MicroBatcher } from './micro-batcher.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('MicroBatcher', () => {
  it('runs calls made within the window as one batch and answers each caller with its own result', async () => {
    const batches: number[][] = [];
    const batcher = new MicroBatcher<number, number>(
      (items) => {
        batches.push([...items]);
        return Promise.resolve(items.map((item) => item * 10));
      },
      { windowMs: 20, maxItems: 100 },
    );
    const results = await Promise.all([batcher.submit(1), batcher.submit(2), batcher.submit(3)]);
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('settles a caller only after its batch has finished', async () => {
    let committed = false;
    const batcher = new MicroBatcher<string, string>(
      async (items) => {
        await sleep(30);
        committed = true;
        return items;
      },
      { windowMs: 5, maxItems: 10 },
    );
    await batcher.submit('row');
    expect(committed).toBe(true);
  });

  it('runs a full batch at once and leaves the rest for the next one', async () => {
    const batches: number[][] = [];
    const batcher = new MicroBatcher<number, number>(
      (items) => {
        batches.push([...items]);
        return Promise.resolve(items);
      },
      { windowMs: 1_000, maxItems: 2 },
    );
    const started = Date.now();
    await Promise.all([1, 2, 3, 4].map((item) => batcher.submit(item)));
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('never puts two items with the same key into one batch', async () => {
    const batches: string[][] = [];
    const batcher = new MicroBatcher<{ key: string; value: string }, string>(
      (items) => {
        batches.push(items.map((item) => item.value));
        return Promise.resolve(items.map((item) => item.value));
      },
      { windowMs: 5, maxItems: 10, keyOf: (item) => item.key },
    );
    const results = await Promise.all([
      batcher.submit({ key: 'a', value: 'a1' }),
      batcher.submit({ key: 'b', value: 'b1' }),
      batcher.submit({ key: 'a', value: 'a2' }),
    ]);
    expect(results).toEqual(['a1', 'b1', 'a2']);
    expect(batches).toEqual([['a1', 'b1'], ['a2']]);
  });

  it('runs an item only after the batch holding an earlier item with its key has settled', async () => {
    const events: string[] = [];
    const batcher = new MicroBatcher<{ key: string; value: string }, string>(
      async (items) => {
        const names = items.map((item) => item.value).join('+');
        events.push(`start ${names}`);
        await sleep(20);
        events.push(`end ${names}`);
        return items.map((item) => item.value);
      },
      { windowMs: 5, maxItems: 10, keyOf: (item) => item.key },
    );
    const first = batcher.submit({ key: 'a', value: 'a1' });
    await sleep(10); // a1's batch is running
    await Promise.all([first, batcher.submit({ key: 'a', value: 'a2' }), batcher.submit({ key: 'b', value: 'b1' })]);
    // b1 did not wait for a1; a2 did.
    expect(events.slice(0, 3)).toEqual(['start a1', 'start b1', 'end a1']);
    expect(events.indexOf('start a2')).toBeGreaterThan(events.indexOf('end a1'));
  });

  it('when a batch fails, runs its items one by one so only the failing one fails', async () => {
    const batches: number[][] = [];
    const batcher = new MicroBatcher<number, number>(
      (items) => {
        batches.push([...items]);
        return items.includes(13) ? Promise.reject(new Error('poison')) : Promise.resolve(items);
      },
      { windowMs: 5, maxItems: 10 },
    );
    const results = await Promise.allSettled([batcher.submit(1), batcher.submit(13), batcher.submit(2)]);
    expect(results).toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'rejected', reason: new Error('poison') },
      { status: 'fulfilled', value: 2 },
    ]);
    expect(batches).toEqual([[1, 13, 2], [1], [13], [2]]);
  });

  it('fails every caller when every attempt fails (the database is down)', async () => {
    const batcher = new MicroBatcher<number, number>(
      () => Promise.reject(new Error('connection refused')),
      { windowMs: 5, maxItems: 10 },
    );
    const results = await Promise.allSettled([batcher.submit(1), batcher.submit(2)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });

  it('flush runs what waits without waiting for the window', async () => {
    const batcher = new MicroBatcher<number, number>((items) => Promise.resolve(items), { windowMs: 60_000, maxItems: 10 });
    const pending = batcher.submit(7);
    await batcher.flush();
    await expect(pending).resolves.toBe(7);
  });
});
