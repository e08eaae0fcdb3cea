import pg from 'pg';

/**
 * Counts the SQL statements the API process (in this test process) sends while `run` runs: every
 * statement goes through pg's Client#query. The count restarts at each `reset()`.
 */
export async function countingSql<T>(
  run: (counter: { reset(): void; readonly count: number }) => Promise<T>,
): Promise<T> {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound with apply below
  const original = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return await run({
      reset() {
        count = 0;
      },
      get count() {
        return count;
      },
    });
  } finally {
    pg.Client.prototype.query = original;
  }
}
