/** Where and how to show times; the defaults are this machine's own locale and time zone. */
export interface TimeDisplay {
  locale?: string;
  timeZone?: string;
}

/** A stored UTC ISO time as local date and time, e.g. "12 Mar 2025, 15:02:07". */
export function formatLocalDateTime(iso: string, display: TimeDisplay = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(display.locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: display.timeZone,
  }).format(date);
}

/** Only the time for something that happened today (local), the date too otherwise. */
export function formatRecentTime(iso: string, now: Date, display: TimeDisplay = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', timeZone: display.timeZone });
  if (day.format(date) !== day.format(now)) return formatLocalDateTime(iso, display);
  return new Intl.DateTimeFormat(display.locale, {
    timeStyle: 'medium',
    timeZone: display.timeZone,
  }).format(date);
}
