import { type WorkerConfig } from '@tributary/config';

/** Injection token of the validated worker configuration (see @tributary/config). */
export const WORKER_CONFIG = Symbol('WORKER_CONFIG');
export type { WorkerConfig };
