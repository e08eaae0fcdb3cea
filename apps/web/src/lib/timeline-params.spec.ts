import { describe, expect, it } from 'vitest';
import { parseTimelineParams, timelineHref, toTimelineFilter } from './timeline-params';

describe('timeline params', () => {
  it('round-trips through the URL', () => {
    const params = parseTimelineParams({ view: 'pictures', unread: '1', folder: 'Tech & News' });
    expect(params).toEqual({ view: 'pictures', unread: true, folder: 'Tech & News', source: null });
    expect(timelineHref(params)).toBe('/timeline?view=pictures&folder=Tech+%26+News&unread=1');
    expect(toTimelineFilter(params)).toEqual({ view: 'PICTURES', unreadOnly: true, folder: 'Tech & News' });
  });

  it('falls back to defaults on unknown values', () => {
    expect(parseTimelineParams({ view: 'bogus', unread: 'yes' })).toEqual({
      view: 'all',
      unread: false,
      folder: null,
      source: null,
    });
    expect(timelineHref({})).toBe('/timeline');
  });
});
