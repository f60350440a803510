import type { Language } from '../../domain/language.js';
import { LANGUAGES } from '../../domain/language.js';
import type { Translate } from '../../i18n/index.js';
import { LANGUAGE_NAMES } from '../../i18n/index.js';

/** Every page's language switch: this page in each language; the choice is remembered. */
export function LanguageSwitch({ page }: { page: { language: Language; path: string; t: Translate } }) {
  return (
    <nav aria-label={page.t('site.languageSwitch')}>
      <ul class="language-switch">
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={`${page.path}?lang=${language}`}
              lang={language}
              hreflang={language}
              aria-current={language === page.language ? 'true' : undefined}
            >
              {LANGUAGE_NAMES[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
