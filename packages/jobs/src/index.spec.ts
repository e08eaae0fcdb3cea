import { describe, expect, it } from 'vitest';
import { assertQueueRegistry, jobId, parsePayload, QUEUE, QUEUE_NAMES } from './index.js';

describe('queue registry', () => {
  it('accepts exactly one processor per queue', () => {
    expect(() => assertQueueRegistry([...QUEUE_NAMES])).not.toThrow();
  });

  it('refuses a missing, duplicated or unknown processor', () => {
    expect(() => assertQueueRegistry(QUEUE_NAMES.slice(1))).toThrow(/has no processor/);
    expect(() => assertQueueRegistry([...QUEUE_NAMES, QUEUE.fetchSource])).toThrow(/has 2 processors/);
    expect(() => assertQueueRegistry([...QUEUE_NAMES, 'mystery'])).toThrow(/unknown queue "mystery"/);
  });
});

describe('payloads', () => {
  it('validates and fills defaults', () => {
    expect(parsePayload(QUEUE.fetchSource, { sourceId: 'abc' })).toEqual({ sourceId: 'abc', reason: 'schedule' });
    expect(() => parsePayload(QUEUE.fetchSource, { sourceId: '' })).toThrow();
    expect(() => parsePayload(QUEUE.housekeeping, { task: 'reboot' })).toThrow();
  });
});

describe('verify-claim', () => {
  it('carries a claim id and has a deterministic job id without ":"', () => {
    expect(parsePayload(QUEUE.verifyClaim, { claimId: 'c1' })).toEqual({ claimId: 'c1' });
    expect(() => parsePayload(QUEUE.verifyClaim, {})).toThrow();
    expect(jobId.verifyClaim('0199-abc')).toBe(jobId.verifyClaim('0199-abc'));
    expect(jobId.verifyClaim('0199-abc')).not.toContain(':');
  });
});
