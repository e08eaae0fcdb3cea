import { describe, expect, it } from 'vitest';
// The web app has no runtime dependency on the API↔worker contract; its list of codes is checked against
// the contract's one list here.
import { API_ERROR_CODES as CONTRACT_ERROR_CODES } from '../../../../packages/jobs/src/contract';
import { API_ERROR_CODES, GraphQLRequestError, type GraphQLErrorCode } from './graphql/errors';
import { DEFAULT_MESSAGES, messageFor } from './ui-errors';

const TRANSPORT_CODES = ['NETWORK_ERROR', 'TIMEOUT', 'BAD_RESPONSE'] as const satisfies readonly GraphQLErrorCode[];

describe('a message for every error code', () => {
  it("knows exactly the contract's API error codes", () => {
    expect([...API_ERROR_CODES].sort()).toEqual([...CONTRACT_ERROR_CODES].sort());
  });

  it.each([...API_ERROR_CODES, ...TRANSPORT_CODES])('%s has words for people, even when the API sent none', (code) => {
    const shown = messageFor(new GraphQLRequestError(code, ''));
    expect(shown.trim().length).toBeGreaterThan(10);
    expect(shown).toBe(DEFAULT_MESSAGES[code]);
  });

  it("shows the API's own words where they say more", () => {
    const busy = 'example.com asked Tributary to slow down (HTTP 429); try again in 120 seconds.';
    expect(messageFor(new GraphQLRequestError('SOURCE_UNREACHABLE', busy))).toBe(busy);
    const limited = 'Too many requests. Try again in 40 seconds.';
    expect(messageFor(new GraphQLRequestError('RATE_LIMITED', limited))).toBe(limited);
    expect(messageFor(new GraphQLRequestError('RATE_LIMITED', 'Too many requests.'))).toBe(DEFAULT_MESSAGES.RATE_LIMITED);
  });
});
