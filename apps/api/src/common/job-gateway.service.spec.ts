import { QUEUE } from '@tributary/jobs';
import { QueueUnavailableError } from '@tributary/jobs/gateway';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { QUEUE_DOWN, toAppError } from './job-gateway.service.js';

describe('toAppError (the API side of the gateway failure mapping)', () => {
  it('reports a queue that could not take the job as INTERNAL with the queue-down message', () => {
    const mapped = toAppError(new QueueUnavailableError(QUEUE.userData, 'enqueue'));
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped).toMatchObject({ code: 'INTERNAL', message: QUEUE_DOWN });
  });

  it('says the queue did not answer when its events listener never became ready', () => {
    const mapped = toAppError(new QueueUnavailableError(QUEUE.resolveSource, 'listen'));
    expect(mapped).toMatchObject({ code: 'INTERNAL', message: `The job queue did not answer in time. ${QUEUE_DOWN}` });
  });

  it('passes every other error through unchanged (invalid payloads, bugs)', () => {
    const error = new Error('something else');
    expect(toAppError(error)).toBe(error);
  });
});
