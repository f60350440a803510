import { isLanguage, LANGUAGES, type Language } from '../domain/language.js';

export const LANGUAGE_COOKIE = 'lang';

/**
 * The visitor's language: an explicit choice (`?lang=`), then the remembered one (cookie), then
 * the browser's Accept-Language preferences, then English.
 */
export function negotiateLanguage(input: {
  query: string | undefined;
  cookie: string | undefined;
  acceptLanguage: string | undefined;
}): Language {
  if (isLanguage(input.query)) return input.query;
  if (isLanguage(input.cookie)) return input.cookie;
  return fromAcceptLanguage(input.acceptLanguage ?? '') ?? 'en';
}

export function fromAcceptLanguage(header: string): Language | undefined {
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return {
        base: tag.trim().toLowerCase().split('-')[0] ?? '',
        weight: Number.isFinite(weight) ? weight : 0,
        index,
      };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked
    .map((entry) => entry.base)
    .find((base): base is Language => (LANGUAGES as readonly string[]).includes(base));
}
