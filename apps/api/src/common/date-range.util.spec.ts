import { describe, expect, it } from 'vitest';
import { isStorableDate, parseIsoDate } from './date-range.util.js';

describe('parseIsoDate', () => {
  it.each([
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['2024-05-01T10:00:00Z', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01T10:00', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01 10:00:00.123456789+0200', '2024-05-01T08:00:00.123Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('reads %s', (text, iso) => {
    expect(parseIsoDate(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '0000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '-000001-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999-01:00',
    '0001-01-01T00:00:00+05:00',
    '2023-02-29',
    '2024-02-30',
    '2024-13-01',
    '2024-05-01T24:00:00Z',
    '1',
    'May 1, 2024',
    '',
  ])('refuses %s', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  it('isStorableDate refuses invalid and out-of-range dates', () => {
    expect(isStorableDate(new Date(Number.NaN))).toBe(false);
    expect(isStorableDate(new Date(8.64e15))).toBe(false);
    expect(isStorableDate(new Date(-8.64e15))).toBe(false);
    expect(isStorableDate(new Date())).toBe(true);
  });
});
