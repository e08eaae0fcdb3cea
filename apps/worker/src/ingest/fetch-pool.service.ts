import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  type BridgeContext,
  bridgeFor,
  type FetchResult,
  type FetchState,
  type HttpClient,
  httpGet,
  type HttpResponse,
  resolveAndFetch,
  type ResolvedFetch,
  type SingleRequestFetch,
  type SourceKind,
  type SourceRef,
  UnsupportedError,
} from '@tributary/bridges';
import { Piscina } from 'piscina';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { BridgeRuntime } from './bridge-runtime.service.js';
import {
  deserializeError,
  type FetchTaskOutcome,
  ownedBody,
  type PortReply,
  type PortRequest,
  type ResolveTaskOutcome,
  serializeError,
  type ThreadTask,
  type ThreadTaskOutcome,
} from './fetch-thread.protocol.js';

/**
 * The compiled thread script. Under the test runner this file is TypeScript in src/; the thread then runs
 * the build in dist/ (the worker's test task depends on its build).
 */
export function threadScript(): string {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.ts') ? here.replace(/([\\/])src([\\/])/, '$1dist$2') : here;
  const script = path.join(path.dirname(compiled), 'fetch.thread.js');
  if (!existsSync(script)) {
    throw new Error(`parse thread script ${script} is missing: run \`npm run build -w @tributary/worker\``);
  }
  return script;
}

/**
 * Runs the bridges' `fetch` — request, parse, sanitize — in a pool of threads while every HTTP request
 * is still made here, on the main thread, through BridgeRuntime (guarded client, per-host limiter).
 * A huge feed then costs a thread's time, not the event loop's: job locks keep renewing, and other
 * fetches keep flowing.
 */
@Injectable()
export class FetchPool implements OnModuleDestroy {
  private readonly pool: Piscina<ThreadTask, ThreadTaskOutcome> | null;

  constructor(
    @Inject(WORKER_CONFIG) config: WorkerConfig,
    private readonly runtime: BridgeRuntime,
  ) {
    const threads = config.PARSE_THREADS;
    this.pool =
      threads === 0
        ? null
        : new Piscina<ThreadTask, ThreadTaskOutcome>({
            filename: threadScript(),
            minThreads: threads,
            maxThreads: threads,
            // A task mostly waits for HTTP answers from this thread, so one thread holds many.
            concurrentTasksPerWorker: config.FETCH_CONCURRENCY + 16,
            idleTimeout: Number.POSITIVE_INFINITY,
            // Tasks are asynchronous (a fetch's requests wait on the main thread): a thread keeps its event
            // loop between messages instead of sleeping in Atomics.wait, and posting needs no wake-up.
            atomics: 'disabled',
            workerData: runtime.options,
            // The threads run compiled code: drop a `--conditions source` inherited from a dev runner.
            execArgv: withoutConditions(process.execArgv),
          });
  }

  /** Whether fetches run in threads (PARSE_THREADS > 0). */
  get isThreaded(): boolean {
    return this.pool !== null;
  }

  /**
   * `knownItems`: fingerprints of the source's stored entries; items carrying one of them come back in
   * `result.unchanged` without being sanitized.
   */
  async fetch(
    ref: SourceRef,
    state: FetchState | null,
    signal?: AbortSignal,
    knownItems?: readonly string[],
  ): Promise<FetchResult> {
    const context = this.runtime.context(signal);
    const bridge = bridgeFor(ref.kind);
    if (!this.pool) {
      return bridge.fetch(ref, state, {
        ...context,
        ...(knownItems?.length && { knownItems: new Set(knownItems) }),
      });
    }
    if (bridge.singleRequest) return this.fetchSingle(this.pool, bridge.singleRequest, ref, state, context, knownItems);
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (message: PortRequest) => {
      void serve(port1, context.http, message);
    });
    try {
      const outcome = (await this.pool.run(
        { ref, state, port: port2, ...(knownItems?.length && { knownItems }) },
        { transferList: [port2], ...(signal && { signal }) },
      )) as FetchTaskOutcome;
      if (outcome.ok) return outcome.result;
      throw deserializeError(outcome.error);
    } finally {
      port1.close();
    }
  }

  /**
   * Parses a document that came without a request of ours (a WebSub push) as the bridge's single-request
   * fetch would have parsed its response — in a thread when there are threads. Only single-request
   * bridges (feeds) can; others get UnsupportedError.
   */
  async parse(ref: SourceRef, state: FetchState | null, response: HttpResponse, knownItems?: readonly string[]): Promise<FetchResult> {
    const split = bridgeFor(ref.kind).singleRequest;
    if (!split) throw new UnsupportedError(`${ref.kind} sources do not take pushed content.`, { reason: 'no-push' });
    if (!this.pool) {
      return split.complete(ref, state, response, {
        ...this.runtime.options,
        ...(knownItems?.length && { knownItems: new Set(knownItems) }),
      });
    }
    const body = ownedBody(response.body);
    const outcome = (await this.pool.run(
      { ref, state, response: { ...response, body }, ...(knownItems?.length && { knownItems }) },
      { transferList: [body.buffer] },
    )) as FetchTaskOutcome;
    if (outcome.ok) return outcome.result;
    throw deserializeError(outcome.error);
  }

  /**
   * Resolves pasted input and fetches its first page (bridges' `resolveAndFetch`: one download, one
   * parse), the parse in a thread and every request on this thread, like a fetch.
   */
  async resolve(input: string, kindHint: SourceKind | undefined, signal?: AbortSignal): Promise<ResolvedFetch> {
    const context = this.runtime.context(signal);
    if (!this.pool) return resolveAndFetch(input, kindHint ? { kindHint } : {}, context);
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (message: PortRequest) => {
      void serve(port1, context.http, message);
    });
    try {
      const outcome = (await this.pool.run(
        { resolve: { input, kindHint }, port: port2 },
        { transferList: [port2], ...(signal && { signal }) },
      )) as ResolveTaskOutcome;
      if (outcome.ok) return outcome.resolved;
      throw deserializeError(outcome.error);
    } finally {
      port1.close();
    }
  }

  /**
   * A single-request bridge: the request runs here (guarded client, host limiter) and only a body to
   * parse crosses to a thread — a 304 or an error never leaves this thread. Errors come out exactly as
   * from a thread: typed bridge errors, HostBusyError, or InternalError for what is ours.
   */
  private async fetchSingle(
    pool: Piscina<ThreadTask, ThreadTaskOutcome>,
    split: SingleRequestFetch,
    ref: SourceRef,
    state: FetchState | null,
    context: BridgeContext,
    knownItems: readonly string[] | undefined,
  ): Promise<FetchResult> {
    const plan = split.request(ref, state, context);
    let response: HttpResponse;
    try {
      response = await httpGet(asThreadSees(context.http), plan.url, plan.options);
    } catch (error) {
      throw deserializeError(serializeError(error));
    }
    if (response.status === 304) return split.complete(ref, state, response, context);
    const body = ownedBody(response.body);
    const outcome = (await pool.run(
      { ref, state, response: { ...response, body }, ...(knownItems?.length && { knownItems }) },
      { transferList: [body.buffer], ...(context.signal && { signal: context.signal }) },
    )) as FetchTaskOutcome;
    if (outcome.ok) return outcome.result;
    throw deserializeError(outcome.error);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.close();
  }
}

/** The client as a thread's port client behaves: what is not a typed error is an InternalError. */
function asThreadSees(http: HttpClient): HttpClient {
  return {
    request: (request) =>
      http.request(request).catch((error: unknown) => {
        throw deserializeError(serializeError(error));
      }),
  };
}

/** Performs one request for a thread and answers with the response (body transferred) or the error. */
async function serve(port: MessagePort, http: HttpClient, { id, request }: PortRequest): Promise<void> {
  let reply: PortReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const response = await http.request(request);
    const body = ownedBody(response.body);
    reply = { id, response: { ...response, body } };
    transfer = [body.buffer];
  } catch (error) {
    // Typed errors (bridge errors, a busy host) cross as themselves; anything else is ours and becomes
    // an InternalError in the thread, so it fails the job instead of blaming the source.
    reply = { id, error: serializeError(error) };
  }
  try {
    port.postMessage(reply, transfer);
  } catch {
    // The thread is gone (task aborted): nobody is waiting for this answer.
  }
}

function withoutConditions(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--conditions' || arg === '-C') index++;
    else if (!arg.startsWith('--conditions=')) kept.push(arg);
  }
  return kept;
}
