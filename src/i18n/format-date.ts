import type { Language } from '../domain/language.js';

/** Intl formatters are costly to make and cheap to reuse: one per language and time zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function longDate(language: Language, timeZone: string): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(`${language}-CA`, { dateStyle: 'long', timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A calendar date ('YYYY-MM-DD') written out in the customer's language, e.g. "30 November 2026". */
export function formatLocalDate(date: string, language: Language): string {
  return longDate(language, 'UTC').format(new Date(`${date}T00:00:00Z`));
}

/** The date an instant falls on for the customer, written out in their language. */
export function formatInstantDate(instant: Date, language: Language, timeZone: string): string {
  return longDate(language, timeZone).format(instant);
}
