/**
 * Bridges plan requests, the host performs them, bridges parse the answers.
 *
 * Every bridge operation (resolve, fetch, verify) is a chain of steps. A step either is done (a value) or
 * asks for one request: a {@link RequestPlan} — URL, headers, conditional validators, body cap — and names
 * the step that reads its answer, with the plain data that step needs from earlier ones. Plans are plain
 * data (structured-clone safe), so a host can perform the request where its sockets and politeness are
 * (the worker's main thread) and run the next step where parsing costs nothing to anyone (a thread).
 * {@link driveStep} is the simplest host: it performs each plan through a {@link HttpClient} in turn.
 */
import { type AnyBridgeError, isBridgeError } from './errors.js';
import { type GetOptions, type HttpClient, httpGet, type HttpResponse } from './http.js';
import { type BridgeContext } from './types.js';

/** How to GET a plan's URL. The host adds its own abort signal. */
export type PlanOptions = Omit<GetOptions, 'signal'>;

/** A step that reads an answer: its name (see `STEPS` in registry.ts) and what it carries (plain data). */
export interface Continuation {
  step: string;
  carry?: unknown;
}

/** One request to perform, and who reads its answer. */
export interface RequestPlan {
  url: string;
  options: PlanOptions;
  /**
   * Readers of the answer, innermost first: the first gets the HTTP answer; when it is done, its value goes
   * to the next one (an operation composed of others: resolve, then fetch what was resolved).
   */
  then: Continuation[];
}

/** Where an operation stands: done with a value, or waiting for the answer to one request. */
export type Step<T = unknown> = { done: T } | { request: RequestPlan };

/**
 * What a step reads: the response to its plan (2xx, a 304 to validators, or one of `passStatuses`), the
 * typed error the request ended in (HTTP status, unreachable host, over the body cap), or the value an
 * inner operation finished with.
 */
export type StepInput = { response: HttpResponse } | { error: AnyBridgeError } | { value: unknown };

/** Everything of a bridge context a step may read: options, no client, no signal (steps make no I/O). */
export type StepContext = Omit<BridgeContext, 'http' | 'signal'>;

/** A step's code. `carry` is whatever the plan naming it carried (each handler declares its own type). */
export type StepHandler = (input: StepInput, carry: never, ctx: StepContext) => Step;

/** Every step of every bridge, by name. Platforms add theirs when loaded (`defineSteps`). */
const STEPS = new Map<string, StepHandler>();

/** Names a bridge's steps; a plan's continuation refers to them by these names. */
export function defineSteps<const T extends Record<string, StepHandler>>(steps: T): { [K in keyof T]: K } {
  const names = {} as { [K in keyof T]: K };
  for (const [name, handler] of Object.entries(steps)) {
    if (STEPS.has(name)) throw new Error(`bridge step ${name} is defined twice`);
    STEPS.set(name, handler);
    (names as Record<string, string>)[name] = name;
  }
  return names;
}

function runContinuation(continuation: Continuation, input: StepInput, ctx: StepContext): Step {
  const handler = STEPS.get(continuation.step);
  if (!handler) throw new Error(`unknown bridge step ${continuation.step}`);
  return handler(input, continuation.carry as never, ctx);
}

function continueWith(step: Step, rest: readonly Continuation[], ctx: StepContext): Step {
  let current = step;
  for (let index = 0; ; index++) {
    if ('request' in current) {
      if (index >= rest.length) return current;
      return { request: { ...current.request, then: [...current.request.then, ...rest.slice(index)] } };
    }
    const next = rest[index];
    if (!next) return current;
    current = runContinuation(next, { value: current.done }, ctx);
  }
}

/**
 * The next step of an operation, given the answer to its plan. Pure: parses, sanitizes, decides; makes no
 * request. This is what a host runs in a thread when the answer has a body.
 */
export function advance(plan: RequestPlan, input: StepInput, ctx: StepContext): Step {
  const [first, ...rest] = plan.then;
  if (!first) throw new Error(`the plan for ${plan.url} names no step to read its answer`);
  return continueWith(runContinuation(first, input, ctx), rest, ctx);
}

/** `step`, then `continuation` with the value it finishes with (an operation built on another). */
export function andThen<T>(step: Step, continuation: Continuation, ctx: StepContext): Step<T> {
  return continueWith(step, [continuation], ctx) as Step<T>;
}

/** A plan for one GET whose answer `step` reads. */
export function ask(url: string, options: PlanOptions, step: string, carry?: unknown): { request: RequestPlan } {
  return { request: { url, options, then: [{ step, ...(carry !== undefined && { carry }) }] } };
}

/** The response of an HTTP answer; a request that failed throws its error here. */
export function responseOf(input: StepInput): HttpResponse {
  if ('response' in input) return input.response;
  if ('error' in input) throw input.error;
  throw new TypeError('This step expected an HTTP answer, not a value.');
}

/** The value an inner operation finished with. */
export function valueOf<T>(input: StepInput): T {
  if ('value' in input) return input.value as T;
  if ('error' in input) throw input.error;
  throw new TypeError('This step expected the value of an inner operation, not an HTTP answer.');
}

/**
 * Performs one plan through `http` (conditional headers, status mapping, body cap: `httpGet`). Typed bridge
 * errors become the step's input; anything else (ours, not the source's) is thrown.
 */
export async function performPlan(http: HttpClient, plan: RequestPlan, signal?: AbortSignal): Promise<StepInput> {
  try {
    return { response: await httpGet(http, plan.url, { ...plan.options, ...(signal && { signal }) }) };
  } catch (error) {
    if (isBridgeError(error)) return { error };
    throw error;
  }
}

/** Runs steps in-process: every plan performed through `ctx.http`, one after the other. */
export async function driveStep<T>(first: Step<T>, ctx: BridgeContext): Promise<T> {
  let step: Step = first;
  while ('request' in step) {
    const input = await performPlan(ctx.http, step.request, ctx.signal);
    step = advance(step.request, input, ctx);
  }
  return step.done as T;
}
