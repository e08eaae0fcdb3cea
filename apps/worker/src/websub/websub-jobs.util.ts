import { QUEUE, websubJobId } from '@tributary/jobs';
import { type JobGateway } from '../queue/job-gateway.service.js';
import { type MaintenanceCandidate } from './hub-subscriptions.repository.js';

/** How often the maintenance pass (lease renewal, retries, unsubscriptions) runs. */
export const MAINTAIN_EVERY_MS = 60_000;

/** One subscribe job per source at a time (deterministic id); `delayMs` lets a new subscriber be linked first. */
export async function enqueueSubscribe(jobs: JobGateway, candidate: MaintenanceCandidate, delayMs = 0): Promise<void> {
  await jobs.enqueue(
    QUEUE.websub,
    { task: 'subscribe', ...candidate },
    { jobId: websubJobId.subscribe(candidate.sourceId), delayMs },
  );
}
