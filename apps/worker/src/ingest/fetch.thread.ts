// Runs inside a parse thread (piscina). Fetching a source means parsing and sanitizing what came back,
// which can take tens of milliseconds for a large feed: here it cannot delay the main thread's job
// lock renewals. The thread opens no sockets: its HttpClient asks the main thread over a MessagePort.
import { type MessagePort, workerData } from 'node:worker_threads';
import { bridgeFor, type HttpClient, type HttpResponse, resolveAndFetch } from '@tributary/bridges';
import {
  deserializeError,
  type FetchTask,
  type FetchTaskOutcome,
  type PortReply,
  type PortRequest,
  type ResolveTask,
  type ResolveTaskOutcome,
  serializeError,
  type ThreadBridgeOptions,
} from './fetch-thread.protocol.js';

const options = workerData as ThreadBridgeOptions;

function portHttpClient(port: MessagePort): HttpClient {
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (response: HttpResponse) => void; reject: (error: Error) => void }
  >();
  port.on('message', (reply: PortReply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if ('error' in reply) waiter.reject(deserializeError(reply.error));
    else waiter.resolve(reply.response);
  });
  return {
    request({ signal: _signal, ...request }) {
      const id = nextId++;
      return new Promise<HttpResponse>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        port.postMessage({ id, request } satisfies PortRequest);
      });
    },
  };
}

export default async function runInThread(task: FetchTask | ResolveTask): Promise<FetchTaskOutcome | ResolveTaskOutcome> {
  return 'resolve' in task ? resolveInThread(task) : fetchInThread(task);
}

async function resolveInThread(task: ResolveTask): Promise<ResolveTaskOutcome> {
  try {
    const { input, kindHint } = task.resolve;
    const resolved = await resolveAndFetch(input, kindHint ? { kindHint } : {}, { ...options, http: portHttpClient(task.port) });
    return { ok: true, resolved };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  } finally {
    task.port.close();
  }
}

async function fetchInThread(task: FetchTask): Promise<FetchTaskOutcome> {
  const bridge = bridgeFor(task.ref.kind);
  const known = task.knownItems && { knownItems: new Set(task.knownItems) };
  try {
    if ('response' in task) {
      // The main thread made the request: only the parse is left.
      const result = bridge.singleRequest!.complete(task.ref, task.state, task.response, { ...options, ...known });
      return { ok: true, result };
    }
    const result = await bridge.fetch(task.ref, task.state, { ...options, http: portHttpClient(task.port), ...known });
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  } finally {
    if ('port' in task) task.port.close();
  }
}
