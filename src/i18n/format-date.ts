import { LANGUAGES, type Language } from '../domain/language.js';
import { type ZoneFormats, zoneFormat, zoneFormats } from '../domain/zone-formats.js';

/** Long dates ("30 November 2026"), one table of formats per language, built once (see zone-formats). */
const LONG_DATES: ReadonlyMap<Language, ZoneFormats> = new Map(
  LANGUAGES.map((language) => [
    language,
    zoneFormats((timeZone) => new Intl.DateTimeFormat(`${language}-CA`, { dateStyle: 'long', timeZone })),
  ]),
);

function longDate(language: Language, timeZone: string): Intl.DateTimeFormat {
  const formats = LONG_DATES.get(language);
  if (!formats) throw new RangeError(`no date formats for ${language}`);
  return zoneFormat(formats, timeZone);
}

/** A calendar date ('YYYY-MM-DD') written out in the customer's language, e.g. "30 November 2026". */
export function formatLocalDate(date: string, language: Language): string {
  return longDate(language, 'UTC').format(new Date(`${date}T00:00:00Z`));
}

/** The date an instant falls on for the customer, written out in their language. */
export function formatInstantDate(instant: Date, language: Language, timeZone: string): string {
  return longDate(language, timeZone).format(instant);
}
