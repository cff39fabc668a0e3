/**
 * GS1 dates carry a two-digit year. The General Specifications (section 7.12) resolve the century
 * against today: a year more than 50 ahead is last century, one 50 or more behind is next century.
 * Passing `today` keeps the rule testable and the result stable across a scan's processing.
 */
export function gs1FullYear(yy: number, today: Date): number {
  const currentYear = today.getUTCFullYear();
  const century = currentYear - (currentYear % 100);
  const difference = yy - (currentYear % 100);
  if (difference >= 51) return century - 100 + yy;
  if (difference <= -50) return century + 100 + yy;
  return century + yy;
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone shifts.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * YYMMDD to an ISO date (YYYY-MM-DD), or null for an impossible date. DD=00 means the last day of
 * the month, as GS1 allows for best-before and expiry dates.
 */
export function readGs1Date(yymmdd: string, today: Date): string | null {
  if (!/^\d{6}$/.test(yymmdd)) return null;
  const year = gs1FullYear(Number(yymmdd.slice(0, 2)), today);
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  if (day > lastDay) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day === 0 ? lastDay : day)}`;
}

/** YYMMDDHHMM to an ISO local date-time (YYYY-MM-DDTHH:MM); here DD=00 is not allowed. */
export function readGs1DateTime(yymmddhhmm: string, today: Date): string | null {
  if (!/^\d{10}$/.test(yymmddhhmm)) return null;
  const date = readGs1Date(yymmddhhmm.slice(0, 6), today);
  const day = Number(yymmddhhmm.slice(4, 6));
  const hour = Number(yymmddhhmm.slice(6, 8));
  const minute = Number(yymmddhhmm.slice(8, 10));
  if (date === null || day === 0 || hour > 23 || minute > 59) return null;
  return `${date}T${pad(hour)}:${pad(minute)}`;
}
