import { describe, expect, it } from 'vitest';
import {
  assertQueueRegistry,
  CHANNEL,
  jobId,
  parsePayload,
  QUEUE,
  QUEUE_NAMES,
  SESSIONS_ENDED_MAX_IDS,
  sessionsEndedEvent,
  websubJobId,
} from './index.js';

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
    expect(parsePayload(QUEUE.fetchSource, { sourceId: 'abc' })).toEqual({
      sourceId: 'abc',
      reason: 'schedule',
    });
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

describe('user-data', () => {
  it('carries an import or an export id, with one job id per row', () => {
    expect(parsePayload(QUEUE.userData, { task: 'import-opml', importId: 'i1' })).toEqual({
      task: 'import-opml',
      importId: 'i1',
    });
    expect(parsePayload(QUEUE.userData, { task: 'export-data', exportId: 'e1' })).toEqual({
      task: 'export-data',
      exportId: 'e1',
    });
    expect(() => parsePayload(QUEUE.userData, { task: 'import-opml', exportId: 'e1' })).toThrow();
    expect(jobId.userData({ task: 'import-opml', importId: 'i1' })).toBe('import-opml-i1');
    expect(jobId.userData({ task: 'export-data', exportId: 'e1' })).not.toContain(':');
  });
});

describe('sessions-ended', () => {
  it('has a channel of its own per prefix', () => {
    expect(CHANNEL.sessionsEnded('p')).toBe('p:live:sessions-ended');
    const channels = Object.values(CHANNEL).map((channel) => channel('p'));
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('carries session ids and user ids, either one optional, bounded', () => {
    expect(sessionsEndedEvent.parse({ sessionIds: ['s1'] })).toEqual({ sessionIds: ['s1'], userIds: [] });
    expect(sessionsEndedEvent.parse({ userIds: ['u1'] })).toEqual({ sessionIds: [], userIds: ['u1'] });
    expect(() => sessionsEndedEvent.parse({ sessionIds: [''] })).toThrow();
    const tooMany = Array.from({ length: SESSIONS_ENDED_MAX_IDS + 1 }, (_, i) => `s${i}`);
    expect(() => sessionsEndedEvent.parse({ sessionIds: tooMany })).toThrow();
  });
});

describe('websub', () => {
  it('carries pushes, hub requests and the maintenance pass; job ids are per source and without ":"', () => {
    const push = {
      task: 'push',
      subscriptionId: 's1',
      sourceId: 'src1',
      contentType: 'application/atom+xml',
      body: 'PGZlZWQvPg==',
    };
    expect(parsePayload(QUEUE.websub, push)).toEqual(push);
    expect(() => parsePayload(QUEUE.websub, { ...push, sourceId: '' })).toThrow();
    expect(() =>
      parsePayload(QUEUE.websub, {
        task: 'subscribe',
        sourceId: 'src1',
        hubUrl: 'not a url',
        topicUrl: 'https://example.com/feed',
      }),
    ).toThrow();
    expect(parsePayload(QUEUE.websub, { task: 'maintain' })).toEqual({ task: 'maintain' });
    expect(websubJobId.subscribe('0199-abc')).not.toContain(':');
    expect(websubJobId.subscribe('a')).not.toBe(websubJobId.unsubscribe('a'));
  });
});
