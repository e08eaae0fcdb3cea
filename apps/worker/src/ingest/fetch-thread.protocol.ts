// What the main thread and the parse threads say to each other. A fetch runs in a thread (parse and
// sanitize are CPU-bound); every HTTP request it makes travels over a MessagePort to the main thread,
// which owns the one guarded client and the per-host limiter. Errors cross as plain data and are
// rebuilt as the same typed errors on the other side.
import { type MessagePort } from 'node:worker_threads';
import {
  type BridgeErrorKind,
  type BridgeOptions,
  type FetchResult,
  type FetchState,
  type HttpRequest,
  type HttpResponse,
  isBridgeError,
  type ResolvedFetch,
  NotFoundError,
  ParseError,
  PermanentError,
  type SourceKind,
  type SourceRef,
  TransientError,
  UnreachableError,
  UnsupportedError,
} from '@tributary/bridges';
import { HostBusyError } from './host-busy.error.js';

/** Options of the bridges, identical in every thread (given as workerData). */
export type ThreadBridgeOptions = Omit<BridgeOptions, never>;

/**
 * A fetch to run in a thread: either the whole bridge fetch, its HTTP requests going through `port`,
 * or — for single-request bridges (Bridge.singleRequest) — only the parse of a `response` the main
 * thread already has.
 */
export type FetchTask = {
  ref: SourceRef;
  state: FetchState | null;
  /** Fingerprints of the source's stored entries (BridgeContext.knownItems). */
  knownItems?: readonly string[];
} & (
  | {
      /** The thread's end of the channel its HTTP requests go through. */
      port: MessagePort;
    }
  | {
      /** The answer to the bridge's planned request (body transferred). */
      response: HttpResponse;
    }
);

export type FetchTaskOutcome = { ok: true; result: FetchResult } | { ok: false; error: SerializedError };

/**
 * Resolve pasted input and fetch its first page in a thread (bridges' `resolveAndFetch`): every parse of
 * a resolve runs here, its requests go through `port` to the main thread.
 */
export interface ResolveTask {
  resolve: { input: string; kindHint?: SourceKind | undefined };
  port: MessagePort;
}

export type ResolveTaskOutcome =
  { ok: true; resolved: ResolvedFetch } | { ok: false; error: SerializedError };

export type ThreadTask = FetchTask | ResolveTask;
export type ThreadTaskOutcome = FetchTaskOutcome | ResolveTaskOutcome;

/** Thread → main: perform this request. */
export interface PortRequest {
  id: number;
  request: Omit<HttpRequest, 'signal'>;
}

/** Main → thread: its response (body transferred, not copied) or why there is none. */
export type PortReply = { id: number; response: HttpResponse } | { id: number; error: SerializedError };

export type SerializedError =
  | {
      type: 'bridge';
      kind: BridgeErrorKind;
      message: string;
      reason?: string | undefined;
      status?: number | undefined;
      url?: string | undefined;
      retryAfter?: number | undefined;
    }
  | { type: 'host-busy'; domain: string; retryAt: number }
  | { type: 'internal'; name: string; message: string; stack?: string | undefined };

/**
 * A failure on our side (Redis, a bug) met while serving a thread's request. The bridges wrap unknown
 * errors as "could not reach"; finding this in the cause chain keeps it ours, so the job retries
 * instead of the source being marked as failing.
 */
export class InternalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InternalError';
  }
}

function findInChain<T>(error: unknown, test: (value: unknown) => value is T): T | undefined {
  for (
    let current: unknown = error, depth = 0;
    current && depth < 8;
    current = (current as Error).cause, depth++
  ) {
    if (test(current)) return current;
  }
  return undefined;
}

const isHostBusy = (value: unknown): value is HostBusyError => value instanceof HostBusyError;
const isInternal = (value: unknown): value is InternalError => value instanceof InternalError;

export function serializeError(error: unknown): SerializedError {
  const busy = findInChain(error, isHostBusy);
  if (busy) return { type: 'host-busy', domain: busy.domain, retryAt: busy.retryAt.getTime() };
  const internal = findInChain(error, isInternal);
  if (internal)
    return { type: 'internal', name: internal.name, message: internal.message, stack: internal.stack };
  if (isBridgeError(error)) {
    return {
      type: 'bridge',
      kind: error.kind,
      message: error.message,
      reason: error.reason,
      status: error.status,
      url: error.url,
      retryAfter: error instanceof TransientError ? error.retryAfter?.getTime() : undefined,
    };
  }
  const plain = error instanceof Error ? error : new Error(String(error));
  return { type: 'internal', name: plain.name, message: plain.message, stack: plain.stack };
}

const BRIDGE_ERRORS = {
  transient: TransientError,
  permanent: PermanentError,
  parse: ParseError,
  unsupported: UnsupportedError,
  'not-found': NotFoundError,
  unreachable: UnreachableError,
} as const satisfies Record<BridgeErrorKind, unknown>;

export function deserializeError(error: SerializedError): Error {
  switch (error.type) {
    case 'host-busy':
      return new HostBusyError(error.domain, new Date(error.retryAt));
    case 'internal': {
      const rebuilt = new InternalError(`${error.name}: ${error.message}`);
      if (error.stack) rebuilt.stack = error.stack;
      return rebuilt;
    }
    case 'bridge': {
      const options = {
        ...(error.reason !== undefined && { reason: error.reason }),
        ...(error.status !== undefined && { status: error.status }),
        ...(error.url !== undefined && { url: error.url }),
      };
      if (error.kind === 'transient') {
        return new TransientError(error.message, {
          ...options,
          ...(error.retryAfter !== undefined && { retryAfter: new Date(error.retryAfter) }),
        });
      }
      return new BRIDGE_ERRORS[error.kind](error.message, options);
    }
  }
}

/** A body the receiving side can own: transfer its buffer when it is exactly the view, else copy. */
export function ownedBody(body: Uint8Array): Uint8Array<ArrayBuffer> {
  if (
    body.byteOffset === 0 &&
    body.byteLength === body.buffer.byteLength &&
    body.buffer instanceof ArrayBuffer
  ) {
    return body as Uint8Array<ArrayBuffer>;
  }
  return new Uint8Array(body);
}
