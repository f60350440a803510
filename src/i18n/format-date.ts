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

/** Dates written out lately: every filing of a day promises the same few dates. */
const writtenDates = new Map<string, string>();

function remembered(key: string, write: () => string): string {
  let written = writtenDates.get(key);
  if (written === undefined) {
    written = write();
    if (writtenDates.size >= 2_000) writtenDates.clear();
    writtenDates.set(key, written);
  }
  return written;
}

/** A calendar date ('YYYY-MM-DD') written out in the customer's language, e.g. "30 November 2026". */
export function formatLocalDate(date: string, language: Language): string {
  return remembered(`${language}|${date}`, () =>
    longDate(language, 'UTC').format(new Date(`${date}T00:00:00Z`)),
  );
}

/** The date an instant falls on for the customer, written out in their language. */
export function formatInstantDate(instant: Date, language: Language, timeZone: string): string {
  // Remembered per minute (in every time zone in use a day begins on a whole minute): filings come in bursts.
  const minute = Math.floor(instant.getTime() / 60_000);
  return remembered(`${language}|${timeZone}|${minute}`, () => longDate(language, timeZone).format(instant));
}
