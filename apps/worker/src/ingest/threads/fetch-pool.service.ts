import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  advance,
  bridgeFor,
  type FetchResult,
  type FetchState,
  type HttpClient,
  type HttpResponse,
  isBridgeError,
  performPlan,
  planResolveAndFetch,
  type RequestPlan,
  type ResolvedFetch,
  type SourceKind,
  type SourceRef,
  type Step,
  type StepContext,
  type StepInput,
  UnsupportedError,
} from '@tributary/bridges';
import { Piscina } from 'piscina';
import { WORKER_CONFIG, type WorkerConfig } from '../../common/config.js';
import { BridgeRuntime } from '../fetch/bridge-runtime.service.js';
import { HostBusyError } from '../politeness/host-busy.error.js';
import {
  deserializeError,
  InternalError,
  ownedBody,
  type ThreadOutcome,
  type ThreadTask,
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
 * The one fetch path: a bridge plans each request (URL, headers, validators, body cap), this thread performs
 * it through BridgeRuntime (guarded client, per-host limiter, 429 pauses), and the step that reads the
 * answer — parse, sanitize — runs in a pool of threads when the answer has a body. A huge feed then costs
 * a thread's time, not the event loop's: job locks keep renewing, and other fetches keep flowing. A 304 or
 * a failed request never leaves this thread. Multi-step operations (X: user, then posts; a page, then the
 * feed it links to) go round the same loop.
 */
@Injectable()
export class FetchPool implements OnModuleDestroy {
  private readonly pool: Piscina<ThreadTask, ThreadOutcome> | null;

  constructor(
    @Inject(WORKER_CONFIG) config: WorkerConfig,
    private readonly runtime: BridgeRuntime,
  ) {
    const threads = config.PARSE_THREADS;
    this.pool =
      threads === 0
        ? null
        : new Piscina<ThreadTask, ThreadOutcome>({
            filename: threadScript(),
            minThreads: threads,
            maxThreads: threads,
            idleTimeout: Number.POSITIVE_INFINITY,
            workerData: runtime.options,
            // The threads run compiled code: drop a `--conditions source` inherited from a dev runner.
            execArgv: withoutConditions(process.execArgv),
          });
  }

  /** Whether the steps that parse run in threads (PARSE_THREADS > 0). */
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
    return this.run(bridgeFor(ref.kind).planFetch(ref, state, this.runtime.options), signal, knownItems);
  }

  /**
   * Resolves pasted input and fetches its first page (`planResolveAndFetch`: one download, one parse where
   * the platform allows).
   */
  async resolve(input: string, kindHint: SourceKind | undefined, signal?: AbortSignal): Promise<ResolvedFetch> {
    return this.run(planResolveAndFetch(input, kindHint ? { kindHint } : {}, this.runtime.options), signal);
  }

  /**
   * Reads a document that came without a request of ours (a WebSub push) as the answer to the bridge's
   * fetch plan — in a thread when there are threads. Only bridges whose fetch is that one document
   * (feeds) take pushes; others get UnsupportedError.
   */
  async parse(ref: SourceRef, state: FetchState | null, response: HttpResponse, knownItems?: readonly string[]): Promise<FetchResult> {
    const bridge = bridgeFor(ref.kind);
    const first = bridge.acceptsPush ? bridge.planFetch(ref, state, this.runtime.options) : null;
    if (!first || !('request' in first))
      throw new UnsupportedError(`${ref.kind} sources do not take pushed content.`, { reason: 'no-push' });
    const step = await this.read(first.request, { response }, knownItems);
    if ('request' in step) throw new UnsupportedError(`${ref.kind} sources do not take pushed content.`, { reason: 'no-push' });
    return step.done as FetchResult;
  }

  /** Performs each plan here and reads its answer (in a thread when it has a body) until the bridge is done. */
  private async run<T>(first: Step<T>, signal: AbortSignal | undefined, knownItems?: readonly string[]): Promise<T> {
    const http = keepOurErrors(this.runtime.context(signal).http);
    let step: Step = first;
    while ('request' in step) {
      const input = await performPlan(http, step.request, signal);
      if ('error' in input) {
        // A busy host defers the job; our own failures fail it. Neither is the source's doing.
        const ours = findOurs(input.error);
        if (ours) throw ours;
      }
      step = await this.read(step.request, input, knownItems, signal);
    }
    return step.done as T;
  }

  /** The bridge's next step after `input`: in a thread when there is a body to parse, else here. */
  private async read(plan: RequestPlan, input: StepInput, knownItems?: readonly string[], signal?: AbortSignal): Promise<Step> {
    if (!this.pool || !('response' in input) || input.response.body.byteLength === 0) {
      return advance(plan, input, this.stepContext(knownItems));
    }
    const body = ownedBody(input.response.body);
    const outcome = await this.pool.run(
      { plan, response: { ...input.response, body }, ...(knownItems?.length && { knownItems }) },
      { transferList: [body.buffer], ...(signal && { signal }) },
    );
    if (outcome.ok) return outcome.step;
    throw deserializeError(outcome.error);
  }

  private stepContext(knownItems: readonly string[] | undefined): StepContext {
    return { ...this.runtime.options, ...(knownItems?.length && { knownItems: new Set(knownItems) }) };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.close();
  }
}

/**
 * The client with what is not the source's doing kept apart: typed bridge errors and a busy host pass as
 * themselves, anything else (Redis, a bug) becomes an InternalError so it fails the job instead of
 * blaming the source.
 */
function keepOurErrors(http: HttpClient): HttpClient {
  return {
    request: (request) =>
      http.request(request).catch((error: unknown) => {
        if (isBridgeError(error) || error instanceof HostBusyError) throw error;
        throw new InternalError(error instanceof Error ? `${error.name}: ${error.message}` : String(error), { cause: error });
      }),
  };
}

/** A busy host or a failure of ours, a few causes deep in what `httpGet` wrapped. */
function findOurs(error: unknown): HostBusyError | InternalError | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 8; current = (current as Error).cause, depth++) {
    if (current instanceof HostBusyError || current instanceof InternalError) return current;
  }
  return undefined;
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
