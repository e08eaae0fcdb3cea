// Runs inside a parse thread (piscina). Reading what a source answered means parsing and sanitizing it,
// which can take tens of milliseconds for a large feed: here it cannot delay the main thread's job lock
// renewals. The thread makes no requests and has no client: it gets an answer the main thread already
// has and returns the bridge's next step — a result, or the next request for the main thread to make.
import { workerData } from 'node:worker_threads';
import { advance } from '@tributary/bridges';
import {
  serializeError,
  type ThreadBridgeOptions,
  type ThreadOutcome,
  type ThreadTask,
} from './fetch-thread.protocol.js';

const options = workerData as ThreadBridgeOptions;

export default function parseInThread(task: ThreadTask): ThreadOutcome {
  try {
    const step = advance(
      task.plan,
      { response: task.response },
      { ...options, ...(task.knownItems && { knownItems: new Set(task.knownItems) }) },
    );
    return { ok: true, step };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}
