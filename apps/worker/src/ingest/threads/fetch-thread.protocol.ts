// What the main thread and the parse threads say to each other. The main thread performs every request
// a bridge plans (the one guarded client, the per-host limiter); a thread only runs the step that reads
// an answer with a body — parse, sanitize, decide what to ask next — and hands back that step. Errors
// cross as plain data and are rebuilt as the same typed errors on the main thread.
import {
  bridgeErrorFor,
  type BridgeErrorKind,
  type BridgeOptions,
  type HttpResponse,
  isBridgeError,
  type RequestPlan,
  type Step,
  TransientError,
} from '@tributary/bridges';

/** Options of the bridges, identical in every thread (given as workerData). */
export type ThreadBridgeOptions = Omit<BridgeOptions, never>;

/** The answer (body transferred) to a plan the main thread performed, for the plan's step to read. */
export interface ThreadTask {
  plan: RequestPlan;
  response: HttpResponse;
  /** Fingerprints of the source's stored entries (BridgeContext.knownItems). */
  knownItems?: readonly string[] | undefined;
}

/** The next step (done, or the next plan to perform), or why there is none. */
export type ThreadOutcome = { ok: true; step: Step } | { ok: false; error: SerializedError };

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
  | { type: 'internal'; name: string; message: string; stack?: string | undefined };

/**
 * A failure on our side (Redis, a bug) met while performing a bridge's request or running its step. The
 * bridges wrap unknown errors as "could not reach"; finding this in the cause chain keeps it ours, so
 * the job retries instead of the source being marked as failing.
 */
export class InternalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InternalError';
  }
}

export function serializeError(error: unknown): SerializedError {
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

export function deserializeError(error: SerializedError): Error {
  switch (error.type) {
    case 'internal': {
      const rebuilt = new InternalError(`${error.name}: ${error.message}`);
      if (error.stack) rebuilt.stack = error.stack;
      return rebuilt;
    }
    case 'bridge':
      return bridgeErrorFor(error.kind, error.message, {
        ...(error.reason !== undefined && { reason: error.reason }),
        ...(error.status !== undefined && { status: error.status }),
        ...(error.url !== undefined && { url: error.url }),
        ...(error.retryAfter !== undefined && { retryAfter: new Date(error.retryAfter) }),
      });
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
