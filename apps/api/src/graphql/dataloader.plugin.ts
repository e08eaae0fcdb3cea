import DataLoader from 'dataloader';
import { type Plugin } from 'graphql-yoga';

/**
 * Per-request DataLoaders. Modules ask for a loader by name with the batch function that fills it; the
 * first ask in a request creates it, later asks (from any resolver) share it, so N fields of one kind on
 * a page cost one query. Nothing outlives the request: no cross-user caching, no stale reads.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /**
   * A loader shared across modules goes by a typed key of `graphql/loader-keys.ts` (its name and types
   * written once); one module's own loaders may go by a plain name.
   */
  get<K, V>(
    key: string | LoaderKey<K, V>,
    batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
    options?: DataLoader.Options<K, V, string>,
  ): DataLoader<K, V, string> {
    const name = typeof key === 'string' ? key : key.name;
    let loader = this.loaders.get(name) as DataLoader<K, V, string> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, string>(batch, { maxBatchSize: 1_000, ...options });
      this.loaders.set(name, loader);
    }
    return loader;
  }
}

/** A loader's name bound to its key and value types, so every user of one loader agrees on both. */
export interface LoaderKey<K, V> {
  readonly name: string;
  /** Types only; never set. */
  readonly types?: (key: K) => V;
}

export function loaderKey<K, V>(name: string): LoaderKey<K, V> {
  return { name };
}

const LOADERS = Symbol('tributary.loaders');
interface WithLoaders {
  [LOADERS]?: RequestLoaders;
}

/** Yoga plugin: every request's context carries its own RequestLoaders. */
export function useDataLoaders(): Plugin {
  return {
    onContextBuilding({ context }) {
      loadersOf(context);
    },
  };
}

/**
 * The request's loaders. Created on first use too, so a context built outside Yoga's pipeline (an SSE
 * subscription event, a test) behaves the same.
 */
export function loadersOf(context: object): RequestLoaders {
  const holder = context as WithLoaders;
  holder[LOADERS] ??= new RequestLoaders();
  return holder[LOADERS];
}

/** Orders batch results by key, filling gaps with `fallback` (DataLoader needs one value per key). */
export function byKey<K, V, R = V | null>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
  fallback: R = null as R,
): (V | R)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => (map.has(key) ? map.get(key)! : fallback));
}

/** Drops a context's loaders: a subscription reuses its context for every event it sends. */
export function resetLoaders(context: object): void {
  delete (context as WithLoaders)[LOADERS];
}
