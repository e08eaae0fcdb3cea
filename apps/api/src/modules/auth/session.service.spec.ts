import { SESSIONS_ENDED_MAX_IDS } from '@tributary/jobs';
import { describe, expect, it } from 'vitest';
import { toSessionsEndedEvents } from './session.service.js';

describe('toSessionsEndedEvents', () => {
  it('sends nothing for nothing and one message for a few ids', () => {
    expect(toSessionsEndedEvents([], [])).toEqual([]);
    expect(toSessionsEndedEvents(['s1', 's2'], ['u1'])).toEqual([
      { sessionIds: ['s1', 's2'], userIds: ['u1'] },
    ]);
  });

  it('splits long lists into messages the channel schema accepts, losing no id', () => {
    const sessionIds = Array.from({ length: SESSIONS_ENDED_MAX_IDS * 2 + 5 }, (_, i) => `s${i}`);
    const events = toSessionsEndedEvents(sessionIds, ['u1']);
    expect(events).toHaveLength(3);
    expect(events.every((event) => event.sessionIds.length <= SESSIONS_ENDED_MAX_IDS)).toBe(true);
    expect(events.flatMap((event) => event.sessionIds)).toEqual(sessionIds);
    expect(events.flatMap((event) => event.userIds)).toEqual(['u1']);
  });
});
