/*
 * Calendar dates without a time of day or a time zone. A date is held as its day number since
 * 1970-01-01 (the "epoch day"), computed with UTC calendar fields only: adding days is then integer
 * addition, and neither the reader's time zone nor a daylight-saving change can move a date.
 * localToday() is the one function that reads local time, on purpose: "today" is the reader's date.
 */

/** Days since 1970-01-01 of a calendar date. */
export type EpochDay = number;

const MS_PER_DAY = 86_400_000;

/**
 * The epoch day of a `YYYY-MM-DD` date (the value of `<input type="date">`), or undefined when the
 * text is not such a date, names a day that does not exist (2025-02-30, 2100-02-29), or a year
 * before 1000: a year of fewer than four digits, which a date field gives while its year is being
 * typed (2, 20, 202) and for a two-digit year (25), and which no subscription ended in.
 */
export function parseIsoDate(text: string | null | undefined): EpochDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1000) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Out-of-range fields roll over (February 30 becomes March 2): a date that does not read back is invalid.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** The `YYYY-MM-DD` text of an epoch day. */
export function formatIsoDate(day: EpochDay): string {
  const date = new Date(day * MS_PER_DAY);
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The reader's calendar date at `now`, in the reader's time zone. */
export function localToday(now: Date = new Date()): EpochDay {
  const date = new Date(0);
  date.setUTCFullYear(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** A date written out in `locale`'s long style: "May 1, 2025", "2025年5月1日". */
export function formatLongDate(day: EpochDay, locale: string): string {
  // The date is held as UTC midnight, so it is written in UTC: west of UTC it would be the day before.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day * MS_PER_DAY);
}
