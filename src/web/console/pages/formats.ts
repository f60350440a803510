import type { PageContext } from '../../components/layout.js';

/** Date and time as staff read them on the console, in the page's language and a time zone. */
export function consoleDateTime(page: Pick<PageContext, 'language'>, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(page.language === 'en' ? 'en-CA' : `${page.language}-CA`, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
}

/** The shape of the ids in the console's paths (messages, letters). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
