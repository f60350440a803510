/** Languages every customer-facing word exists in (C12). Adding one is adding a message file. */
export const LANGUAGES = ['en', 'fr', 'nl', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Anything unknown falls back to English; a language is never a reason to refuse a customer. */
export function languageOrDefault(value: unknown): Language {
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}
