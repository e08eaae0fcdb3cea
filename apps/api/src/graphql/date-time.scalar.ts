import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { EARLIEST_DATE, isStorableDate, LATEST_DATE, parseIsoDate } from '../common/date-range.util.js';

const RANGE = `${EARLIEST_DATE.toISOString().slice(0, 10)} to ${LATEST_DATE.toISOString().slice(0, 10)}`;

function refuse(value: unknown): never {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
  throw new GraphQLError(`DateTime: ${shown} is not an ISO 8601 date-time between ${RANGE} (UTC)`);
}

/** A DateTime from a variable: an ISO 8601 string, or epoch milliseconds as an integer. */
function parseDateTime(value: unknown): Date {
  if (typeof value === 'string') return parseIsoDate(value) ?? refuse(value);
  if (typeof value === 'number' && Number.isInteger(value)) {
    const date = new Date(value);
    return isStorableDate(date) ? date : refuse(value);
  }
  return refuse(value);
}

/**
 * The API's `DateTime`, in place of @nestjs/graphql's default (which turns any input into `new Date(x)`,
 * Invalid Date and year 275760 included, and lets PostgreSQL fail on it later). Inputs that are not a
 * real instant PostgreSQL can store within years 0001–9999 are refused while variables are coerced:
 * the request fails with BAD_USER_INPUT before any resolver runs. Output is unchanged (ISO 8601, UTC).
 */
@Scalar('DateTime', () => Date)
export class DateTimeScalar implements CustomScalar<string | null, Date> {
  description =
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format (ISO 8601), between years 0001 and 9999. Inputs may also be a date (2019-12-03, midnight UTC), a time with an offset (no offset means UTC), or integer epoch milliseconds.';

  parseValue(value: unknown): Date {
    return parseDateTime(value);
  }

  serialize(value: unknown): string | null {
    return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : null;
  }

  parseLiteral(ast: ValueNode): Date {
    if (ast.kind === Kind.STRING) return parseDateTime(ast.value);
    if (ast.kind === Kind.INT) return parseDateTime(Number(ast.value));
    return refuse(ast.kind);
  }
}
