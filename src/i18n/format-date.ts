import type { Language } from '../domain/language.js';

/** A calendar date ('YYYY-MM-DD') written out in the customer's language, e.g. "30 November 2026". */
export function formatLocalDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(`${language}-CA`, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The date an instant falls on for the customer, written out in their language. */
export function formatInstantDate(instant: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(`${language}-CA`, { dateStyle: 'long', timeZone }).format(instant);
}
