import { describe, expect, it } from 'vitest';
import { inWords, retryAfterSeconds } from './claim-status';

describe('retryAfterSeconds', () => {
  it('reads the API extension and falls back to a minute', () => {
    expect(retryAfterSeconds({ code: 'RATE_LIMITED', retryAfterSeconds: 42.2 })).toBe(43);
    expect(retryAfterSeconds({ code: 'RATE_LIMITED' })).toBe(60);
    expect(retryAfterSeconds(undefined)).toBe(60);
    expect(retryAfterSeconds({ retryAfterSeconds: 'soon' })).toBe(60);
  });

  it('says it in words', () => {
    expect(inWords(1)).toBe('in 1 second');
    expect(inWords(45)).toBe('in 45 seconds');
    expect(inWords(61)).toBe('in 2 minutes');
  });
});
