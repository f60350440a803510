import Holidays from 'date-holidays';
import {
  AUSTRALIAN_REGIONS,
  AUSTRALIAN_TIME_ZONES,
  type AustralianRegion,
  type CanadianRegion,
  isCanadianRegion,
  REGION_TIME_ZONES,
  UK_REGIONS,
  type UkRegion,
} from './region.js';

/**
 * Business days, the unit of every promised date (C6). One module, so the commitments engine can
 * grow it (other countries, calendar days) without touching its callers.
 *
 * The rule: the expected date is the Nth business day after the local date of receipt, in the
 * customer's region's time zone; the day of receipt never counts. Closed days are Saturdays,
 * Sundays, the holidays `date-holidays` lists with type `public` for the country and region, and
 * the organisation's own closure days.
 */

/** A calendar date without a time, `YYYY-MM-DD`. */
export type LocalDate = string;

/** Where a customer's calendar comes from: a country and one of its regions (ISO codes). */
export type CalendarRegion =
  | { country: 'CA'; region: CanadianRegion }
  | { country: 'AU'; region: AustralianRegion }
  | { country: 'GB'; region: UkRegion };

const holidayCache = new Map<string, Set<LocalDate>>();

/** The public holidays of a region in a year (computed once, then remembered). */
export function publicHolidays(where: CalendarRegion, year: number): ReadonlySet<LocalDate> {
  const key = `${where.country}-${where.region}-${year}`;
  let days = holidayCache.get(key);
  if (!days) {
    const holidays = new Holidays(where.country, where.region);
    days = new Set(
      holidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    holidayCache.set(key, days);
  }
  return days;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Dates already worked out, by zone and minute: every filing asks for the same few. */
const localDates = new Map<string, LocalDate>();
const MEMO_LIMIT = 10_000;

/** The date an instant falls on in a time zone. */
export function localDateIn(instant: Date, timeZone: string): LocalDate {
  // Every time zone's offset is a whole number of minutes, so a date changes only on a minute.
  const key = `${timeZone} ${Math.floor(instant.getTime() / 60_000)}`;
  const known = localDates.get(key);
  if (known) return known;
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD. Building a format is costly; there are only 13 zones.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  const date = format.format(instant);
  if (localDates.size >= MEMO_LIMIT) localDates.clear();
  localDates.set(key, date);
  return date;
}

export function timeZoneOf(where: CalendarRegion): string {
  switch (where.country) {
    case 'CA':
      return REGION_TIME_ZONES[where.region];
    case 'AU':
      return AUSTRALIAN_TIME_ZONES[where.region];
    case 'GB':
      return 'Europe/London';
  }
}

/** Noon UTC of a date: the same calendar day in every time zone. */
function noonOf(date: LocalDate): Date {
  return new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12),
  );
}

function dayOfWeek(date: LocalDate): number {
  return noonOf(date).getUTCDay();
}

export function nextDate(date: LocalDate): LocalDate {
  return addCalendarDays(date, 1);
}

/** The date `days` calendar days after (or, negative, before) `date`. */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  const moved = noonOf(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

export function isBusinessDay(
  date: LocalDate,
  where: CalendarRegion,
  closures: ReadonlySet<LocalDate>,
): boolean {
  const weekday = dayOfWeek(date);
  if (weekday === 0 || weekday === 6) return false;
  if (closures.has(date)) return false;
  return !publicHolidays(where, Number(date.slice(0, 4))).has(date);
}

/** The Nth business day after `date` (which itself never counts). */
export function addBusinessDays(
  date: LocalDate,
  businessDays: number,
  where: CalendarRegion,
  closures: ReadonlySet<LocalDate> = new Set(),
): LocalDate {
  if (!Number.isInteger(businessDays) || businessDays < 0) {
    throw new RangeError(`business days must be a whole number ≥ 0, got ${businessDays}`);
  }
  const key = `${where.country} ${where.region} ${date} ${businessDays} ${[...closures].join(',')}`;
  const known = businessDaysLater.get(key);
  if (known) return known;
  let current = date;
  for (let counted = 0; counted < businessDays; ) {
    current = nextDate(current);
    if (isBusinessDay(current, where, closures)) counted++;
  }
  if (businessDaysLater.size >= MEMO_LIMIT) businessDaysLater.clear();
  businessDaysLater.set(key, current);
  return current;
}

/** Answers already worked out: the same few dates come back with every filing of a day. */
const businessDaysLater = new Map<string, LocalDate>();

/** The expected date for something received at `receivedAt` in a region, N business days on. */
export function expectedDate(
  receivedAt: Date,
  businessDays: number,
  where: CalendarRegion,
  closures: ReadonlySet<LocalDate> = new Set(),
): LocalDate {
  return addBusinessDays(localDateIn(receivedAt, timeZoneOf(where)), businessDays, where, closures);
}

/**
 * A calendar from stored codes: the country and region if they belong together, else the
 * Canadian province given as the fallback (the organisation's default region).
 */
export function calendarFrom(
  country: string | null | undefined,
  region: string | null | undefined,
  fallback: CanadianRegion,
): CalendarRegion {
  if (country === 'AU' && (AUSTRALIAN_REGIONS as readonly string[]).includes(region ?? ''))
    return { country, region: region as AustralianRegion };
  if (country === 'GB' && (UK_REGIONS as readonly string[]).includes(region ?? ''))
    return { country, region: region as UkRegion };
  return { country: 'CA', region: isCanadianRegion(region) ? region : fallback };
}
