/**
 * Dates as feeds really write them: RFC 822 with every variation (missing day name, two-digit
 * years, named zones, no seconds, wrong day names, "Sept"), ISO 8601 / RFC 3339 with or without
 * zone, W3C-DTF partial dates, epoch numbers, and some localized separators.
 */
const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
  // German, French, Spanish, Portuguese, Dutch abbreviations seen in the wild
  mrz: 2, mär: 2, mai: 4, okt: 9, dez: 11, fév: 1, fev: 1, avr: 3, jui: 6, aoû: 7, aou: 7, déc: 11,
  ene: 0, abr: 3, ago: 7, dic: 11, out: 9, set: 8, mei: 4, maa: 2,
};

const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, cet: 60, cest: 120, met: 60, mest: 120, eet: 120, eest: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, ist: 330, jst: 540, kst: 540, hkt: 480, sgt: 480, aest: 600, aedt: 660,
  acst: 570, awst: 480, nzst: 720, nzdt: 780, msk: 180, brt: -180, art: -180,
  a: -60, m: -720, n: 60, y: 720,
};

function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (!zone) return null;
  const z = zone.trim();
  const numeric = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(z);
  if (numeric) {
    const sign = numeric[1] === '-' ? -1 : 1;
    return sign * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  }
  const named = ZONES[z.toLowerCase()];
  return named ?? null;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
  offsetMinutes: number | null,
): Date | null {
  if (year < 100) year += year < 50 ? 2000 : 1900;
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), millis);
  const date = new Date(utc - (offsetMinutes ?? 0) * 60_000);
  return Number.isNaN(date.getTime()) ? null : date;
}

const ISO =
  /^(\d{4})(?:-?(\d{1,2})(?:-?(\d{1,2}))?)?(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5})?$/;
const RFC822 =
  /^(?:[A-Za-z\u00C0-\u024F]+\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s\-/]+([A-Za-z\u00C0-\u024F]{3,})\.?[\s\-/,]+(\d{2,4})(?:,?\s+|\s*T)?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:([AaPp])\.?[Mm]\.?)?\s*(\(?[A-Za-z]{1,5}\)?|(?:GMT|UTC)?[+-]\d{1,2}:?\d{0,2})?/;
const MONTH_FIRST =
  /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AaPp])\.?[Mm]\.?)?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?/;
const ASCTIME = /^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+([+-]\d{4}|[A-Za-z]{1,5})?\s*(\d{4})$/;

function monthIndex(name: string): number | undefined {
  return MONTHS[name.slice(0, 3).toLowerCase()];
}

function to24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'p';
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

/** Parse a date string from a feed or API; null when it cannot be read. */
export function parseDate(input: string | null | undefined): Date | null {
  if (input == null) return null;
  const value = input.trim().replace(/\s+/g, ' ');
  if (!value) return null;

  if (/^\d{9,13}$/.test(value)) {
    const n = Number(value);
    return new Date(value.length > 11 ? n : n * 1000);
  }

  let m = ISO.exec(value);
  if (m) {
    return build(
      Number(m[1]),
      Number(m[2] ?? 1) - 1,
      Number(m[3] ?? 1),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0,
      zoneOffsetMinutes(m[8]),
    );
  }

  m = RFC822.exec(value);
  if (m) {
    const month = monthIndex(m[2]!);
    if (month !== undefined) {
      return build(
        Number(m[3]),
        month,
        Number(m[1]),
        to24(Number(m[4] ?? 0), m[7]),
        Number(m[5] ?? 0),
        Number(m[6] ?? 0),
        0,
        zoneOffsetMinutes(m[8]?.replace(/[()]/g, '')),
      );
    }
  }

  m = MONTH_FIRST.exec(value);
  if (m) {
    const month = monthIndex(m[1]!);
    if (month !== undefined) {
      return build(
        Number(m[3]),
        month,
        Number(m[2]),
        to24(Number(m[4] ?? 0), m[7]),
        Number(m[5] ?? 0),
        Number(m[6] ?? 0),
        0,
        zoneOffsetMinutes(m[8]),
      );
    }
  }

  m = ASCTIME.exec(value);
  if (m) {
    const month = monthIndex(m[1]!);
    if (month !== undefined)
      return build(Number(m[7]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), 0, zoneOffsetMinutes(m[6]));
  }

  // 2010/3/5 10:00, 2010年3月5日 10:00
  m = /^(\d{4})[/.年](\d{1,2})[/.月](\d{1,2})日?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$/.exec(value);
  if (m) {
    return build(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, zoneOffsetMinutes(m[7]));
  }

  const fallback = Date.parse(value);
  return Number.isNaN(fallback) ? null : new Date(fallback);
}
