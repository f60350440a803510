import type { FastifyReply, FastifyRequest } from 'fastify';
import { isLanguage, type Language } from '../domain/language.js';
import type { OrganisationProfile } from '../domain/organisation.js';
import { translator } from '../i18n/index.js';
import { LANGUAGE_COOKIE, negotiateLanguage } from '../i18n/negotiate-language.js';
import type { PageContext } from './components/layout.js';

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Works out the page's language and remembers an explicit choice in a cookie. `preferred` comes
 * before the browser's wishes where the content has a language of its own (an acknowledgement is
 * in the case's language); an explicit switch still wins.
 */
export function pageContext(
  request: FastifyRequest,
  reply: FastifyReply,
  organisation: OrganisationProfile,
  preferred?: Language,
): PageContext {
  const query = (request.query as Record<string, unknown> | undefined)?.lang;
  const language = isLanguage(query)
    ? query
    : (preferred ??
      negotiateLanguage({
        query: undefined,
        cookie: request.cookies[LANGUAGE_COOKIE],
        acceptLanguage: request.headers['accept-language'],
      }));
  if (typeof query === 'string' && query === language) {
    reply.setCookie(LANGUAGE_COOKIE, language, {
      path: '/',
      maxAge: ONE_YEAR_SECONDS,
      sameSite: 'lax',
      httpOnly: true,
    });
  }
  reply.header('content-language', language);
  reply.header('vary', 'Accept-Language, Cookie');
  return { language, t: translator(language), organisation, path: request.url.split('?')[0] ?? '/' };
}
