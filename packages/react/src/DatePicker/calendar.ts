// Date arithmetic for the calendar on `YYYY-MM-DD` strings, computed in UTC so no time zone or daylight
// saving change can shift a day.

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Numbers to `YYYY-MM-DD`. */
export function toIso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date;
}

function fromUtc(date: Date): string {
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `iso` moved by `days` days. */
export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** `iso` moved by `months` months, the day clamped to the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toIso(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Day of the week with Monday as 0 and Sunday as 6. */
export function weekdayIndex(iso: string): number {
  return (toUtc(iso).getUTCDay() + 6) % 7;
}

/** The month of `iso` as weeks from Monday to Sunday; days of the neighbouring months are `null`. */
export function monthWeeks(iso: string): (string | null)[][] {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const first = toIso(y, m, 1);
  const cells: (string | null)[] = Array.from({ length: weekdayIndex(first) }, () => null);
  for (let d = 1; d <= daysInMonth(y, m); d++) cells.push(toIso(y, m, d));
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Today in the user's own time zone (call only in the browser, in handlers or effects). */
export function todayIso(): string {
  const now = new Date();
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** `iso` kept within `min` and `max` (either may be missing). */
export function clampIso(iso: string, min?: string, max?: string): string {
  if (min && iso < min) return min;
  if (max && iso > max) return max;
  return iso;
}

/** A date as a `Date` at UTC midnight, for `Intl.DateTimeFormat` with `timeZone: 'UTC'`. */
export function isoToUtcDate(iso: string): Date {
  return toUtc(iso);
}
