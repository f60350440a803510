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
import { zoneFormat, zoneFormats } from './zone-formats.js';

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

/**
 * Public holidays by region and year. Working out a year costs about a millisecond, and every
 * filing asks, so the application keeps one book for the life of the process (on its context),
 * and a test keeps its own.
 */
export interface HolidayBook {
  publicHolidays(where: CalendarRegion, year: number): ReadonlySet<LocalDate>;
}

export function newHolidayBook(): HolidayBook {
  const known = new Map<string, ReadonlySet<LocalDate>>();
  return {
    publicHolidays(where, year) {
      const key = `${where.country}-${where.region}-${year}`;
      let days = known.get(key);
      if (!days) {
        const holidays = new Holidays(where.country, where.region);
        days = new Set(
          holidays
            .getHolidays(year)
            .filter((holiday) => holiday.type === 'public')
            .map((holiday) => holiday.date.slice(0, 10)),
        );
        known.set(key, days);
      }
      return days;
    },
  };
}

/** The days nobody works, besides weekends: the organisation's closure days and public holidays. */
export interface ClosedDays {
  closures: ReadonlySet<LocalDate>;
  holidays: HolidayBook;
}

/** The date an instant falls on in a time zone. */
export function localDateIn(instant: Date, timeZone: string): LocalDate {
  // en-CA formats dates as YYYY-MM-DD.
  return zoneFormat(LOCAL_DATE_FORMATS, timeZone).format(instant);
}

const LOCAL_DATE_FORMATS = zoneFormats(
  (timeZone) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
);

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

export function isBusinessDay(date: LocalDate, where: CalendarRegion, closed: ClosedDays): boolean {
  const weekday = dayOfWeek(date);
  if (weekday === 0 || weekday === 6) return false;
  if (closed.closures.has(date)) return false;
  return !closed.holidays.publicHolidays(where, Number(date.slice(0, 4))).has(date);
}

/** The Nth business day after `date` (which itself never counts). */
export function addBusinessDays(
  date: LocalDate,
  businessDays: number,
  where: CalendarRegion,
  closed: ClosedDays,
): LocalDate {
  if (!Number.isInteger(businessDays) || businessDays < 0) {
    throw new RangeError(`business days must be a whole number ≥ 0, got ${businessDays}`);
  }
  let current = date;
  for (let counted = 0; counted < businessDays; ) {
    current = nextDate(current);
    if (isBusinessDay(current, where, closed)) counted++;
  }
  return current;
}

/** The expected date for something received at `receivedAt` in a region, N business days on. */
export function expectedDate(
  receivedAt: Date,
  businessDays: number,
  where: CalendarRegion,
  closed: ClosedDays,
): LocalDate {
  return addBusinessDays(localDateIn(receivedAt, timeZoneOf(where)), businessDays, where, closed);
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
