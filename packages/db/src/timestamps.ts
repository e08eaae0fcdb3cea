import pg from 'pg';

const TIMESTAMPTZ: number = pg.types.builtins.TIMESTAMPTZ;
type TextParser = (text: string) => unknown;
const defaultParser = pg.types.getTypeParser.bind(pg.types) as (oid: number, format: 'text' | 'binary') => TextParser;
const parseTimestamptzSlowly = defaultParser(TIMESTAMPTZ, 'text') as (text: string) => Date;

/** The decimal number in text[from, to), or -1 when a character there is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A timestamptz as PostgreSQL sends it in text (DateStyle ISO): `2026-11-25 23:04:00.123+00`, with an
 * offset of `±HH` or `±HH:MM`. Reads that shape by character codes — a timeline page holds a few hundred
 * of them, and node-postgres's parser (postgres-date: four regular expressions a value) was about a tenth
 * of the API's CPU per page. Anything else (infinity, BC, years before 100 or after 9999, second-level
 * offsets) goes to node-postgres's own parser, so results are always the same as without it.
 */
export function parseTimestamptz(text: string): Date {
  const length = text.length;
  if (length >= 22 && text.charCodeAt(4) === 45 && text.charCodeAt(10) === 32) {
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 7);
    const day = digitsAt(text, 8, 10);
    const hour = digitsAt(text, 11, 13);
    const minute = digitsAt(text, 14, 16);
    const second = digitsAt(text, 17, 19);
    let index = 19;
    let millisecond = 0;
    if (text.charCodeAt(index) === 46) {
      // Fraction: its first three digits are the milliseconds (Date has no finer grain).
      for (let scale = 100, digit = 0; ++index < length; scale /= 10) {
        digit = text.charCodeAt(index) - 48;
        if (digit < 0 || digit > 9) break;
        if (scale >= 1) millisecond += digit * scale;
      }
    }
    const sign = text.charCodeAt(index);
    const offsetHours = digitsAt(text, index + 1, index + 3);
    let offsetMinutes = 0;
    let end = index + 3;
    if (end < length && text.charCodeAt(end) === 58) {
      offsetMinutes = digitsAt(text, end + 1, end + 3);
      end += 3;
    }
    if (
      end === length &&
      (sign === 43 || sign === 45) &&
      year >= 100 &&
      Math.min(month, day, hour, minute, second, offsetHours, offsetMinutes) >= 0
    ) {
      const offset = (sign === 43 ? 1 : -1) * (offsetHours * 60 + offsetMinutes) * 60_000;
      return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offset);
    }
  }
  return parseTimestamptzSlowly(text);
}

/** node-postgres type parsers for runPrepared: its own, but timestamptz through parseTimestamptz. */
export const preparedTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ && format !== 'binary' ? parseTimestamptz : defaultParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};
