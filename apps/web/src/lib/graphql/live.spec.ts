import { describe, expect, it } from 'vitest';
import { parseSseChunk } from './live';

describe('parseSseChunk', () => {
  it('reads complete events and keeps the unfinished rest', () => {
    const { events, rest } = parseSseChunk(
      ': keep-alive\n\nevent: next\ndata: {"data":{"a":1}}\n\nevent: next\r\ndata: {"da',
    );
    expect(events).toEqual([{ event: 'next', data: '{"data":{"a":1}}' }]);
    expect(rest).toBe('event: next\ndata: {"da');
  });

  it('joins multi-line data and defaults the event name', () => {
    const { events } = parseSseChunk('data: a\ndata: b\n\nevent: complete\ndata:\n\n');
    expect(events).toEqual([
      { event: 'message', data: 'a\nb' },
      { event: 'complete', data: '' },
    ]);
  });
});
