/**
 * The instants the API accepts from clients (DateTime arguments, dates inside cursors): years 0001
 * through 9999 UTC. PostgreSQL's timestamps reach further (4713 BC to 294276 AD) but nothing outside
 * four-digit years is a real publication or reading time, JavaScript writes such years in an extended
 * form (`+010000-…`, `-000001-…`) that PostgreSQL does not read back, and year 0 does not exist there.
 */
export const EARLIEST_DATE = new Date('0001-01-01T00:00:00.000Z');
export const LATEST_DATE = new Date('9999-12-31T23:59:59.999Z');

/** A valid Date within {@link EARLIEST_DATE}…{@link LATEST_DATE}. */
export function isStorableDate(value: unknown): value is Date {
  return (
    value instanceof Date &&
    !Number.isNaN(value.getTime()) &&
    value.getTime() >= EARLIEST_DATE.getTime() &&
    value.getTime() <= LATEST_DATE.getTime()
  );
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (Date.UTC maps years 0–99 to 1900–1999: use 2000 + the leap rule).
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (isLeap ? 29 : 28) : new Date(Date.UTC(2001, month, 0)).getUTCDate();
}

/**
 * An ISO 8601 date or date-time (`2024-05-01`, `2024-05-01T10:00:00Z`, `…+02:00`) as a Date, or null
 * when the text is not one, names a day or time that does not exist (February 30th, 25:00), or lies
 * outside the accepted range. A time without an offset is UTC; forms `Date` would guess at (`"1"`,
 * `"May 1"`) are refused.
 */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '00', fraction = '', offset] = match;
  const [y, mo, d] = [Number(year), Number(month), Number(day)];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  if (Number(hour ?? 0) > 23 || Number(minute ?? 0) > 59 || Number(second) > 59) return null;
  const time = hour === undefined ? '00:00:00' : `${hour}:${minute}:${second}${fraction.slice(0, 4)}`;
  const zone =
    offset === undefined || /z/i.test(offset)
      ? 'Z'
      : offset.length === 5
        ? `${offset.slice(0, 3)}:${offset.slice(3)}`
        : offset;
  const date = new Date(`${year}-${month}-${day}T${time}${zone}`);
  return isStorableDate(date) ? date : null;
}
