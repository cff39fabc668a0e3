import { quoteInput } from './channel-error';

export type TimestampResult = { ok: true; iso: string } | { ok: false; message: string };

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?$/i;

const daysIn = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads an ISO-8601 date-time and returns it in UTC (`2024-03-01T13:00:00.000Z`), the one form
 * Wharf stores. A time without `Z` or an offset is refused unless the caller knows the source
 * writes UTC (WooCommerce's `*_gmt` fields): guessing a timezone would shift orders by hours.
 * Fractions beyond milliseconds are dropped; nothing upstream is that precise about an order.
 */
export function toUtcTimestamp(
  text: string,
  options: { assumeUtc?: boolean } = {},
): TimestampResult {
  const match = PATTERN.exec(text.trim());
  const refuse = (why: string): TimestampResult => ({
    ok: false,
    message: `${quoteInput(text)} is not a date-time${why}: write it like 2024-03-01T14:00:00+01:00 or 2024-03-01T13:00:00Z`,
  });
  if (!match) return refuse('');
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, offH = '0', offM = '0'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  // Date.UTC reads years 0-99 as 1900-1999; a year like that is a typo, not an order date.
  if (year < 1000) return refuse(' (year out of range)');
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return refuse(' (no such day)');
  }
  if (hour > 23 || minute > 59 || second > 59) return refuse(' (no such time)');
  if (!zulu && !sign && !options.assumeUtc) return refuse(' (it has no timezone)');
  if (Number(offH) > 14 || Number(offM) > 59) return refuse(' (no such offset)');
  const offsetMinutes = (sign === '-' ? -1 : 1) * (Number(offH) * 60 + Number(offM));
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  return { ok: true, iso: new Date(utc).toISOString() };
}
