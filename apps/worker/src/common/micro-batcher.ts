/** Runs a whole batch; answers one result per item, in the items' order. */
export type BatchHandler<In, Out> = (items: readonly In[]) => Promise<readonly Out[]>;

export interface MicroBatcherOptions<In> {
  /** How long the first item of a batch waits for others to join it. */
  windowMs: number;
  /** A batch this large runs at once. */
  maxItems: number;
  /**
   * Items with the same key never share a batch nor run at the same time (e.g. two writes of one source:
   * one statement may not touch a row twice, and two would race); a later one waits until the batch
   * holding the earlier one has settled.
   */
  keyOf?: (item: In) => string;
}

interface Pending<In, Out> {
  item: In;
  resolve: (value: Out) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers calls made within a few milliseconds of each other and runs them as one batch (one SQL
 * statement for many jobs, say). Each caller's promise settles only when its batch has: a job that
 * awaits `submit` is acknowledged after its rows are committed, never before.
 *
 * When a batch fails as a whole, each of its items runs again on its own, so a failure stays with the
 * items that cause it (a poison row fails its job only; a database that is down fails them all).
 */
export class MicroBatcher<In, Out> {
  private pending: Pending<In, Out>[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** Keys of the items in batches that are running. */
  private readonly running = new Set<string>();

  constructor(
    private readonly handler: BatchHandler<In, Out>,
    private readonly options: MicroBatcherOptions<In>,
  ) {}

  submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.options.maxItems) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.options.windowMs);
    });
  }

  /** Runs what is waiting now (also on shutdown); resolves when that batch has settled. Never rejects. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.take();
    if (batch.length === 0) return Promise.resolve();
    const keyOf = this.options.keyOf;
    const keys = keyOf ? batch.map((entry) => keyOf(entry.item)) : [];
    for (const key of keys) this.running.add(key);
    // What is left waits for the next window, or for this batch when it holds one of its keys.
    if (this.pending.length > 0) this.timer = setTimeout(() => void this.flush(), 0);
    return this.run(batch).finally(() => {
      for (const key of keys) this.running.delete(key);
      if (this.pending.length > 0) this.timer ??= setTimeout(() => void this.flush(), 0);
    });
  }

  /**
   * The next batch: up to maxItems, at most one item per key and none whose key is running; the rest
   * keeps its place in line.
   */
  private take(): Pending<In, Out>[] {
    const { keyOf, maxItems } = this.options;
    if (!keyOf) return this.pending.splice(0, maxItems);
    const batch: Pending<In, Out>[] = [];
    const rest: Pending<In, Out>[] = [];
    const keys = new Set<string>();
    for (const entry of this.pending) {
      const key = keyOf(entry.item);
      if (batch.length >= maxItems || keys.has(key) || this.running.has(key)) rest.push(entry);
      else {
        keys.add(key);
        batch.push(entry);
      }
    }
    this.pending = rest;
    return batch;
  }

  private async run(batch: Pending<In, Out>[]): Promise<void> {
    try {
      const results = await this.handler(batch.map((entry) => entry.item));
      if (results.length !== batch.length) {
        throw new Error(`batch handler answered ${results.length} results for ${batch.length} items`);
      }
      batch.forEach((entry, index) => entry.resolve(results[index]!));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      await Promise.all(batch.map((entry) => this.run([entry])));
    }
  }
}
