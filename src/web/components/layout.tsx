import type { ComponentChildren } from 'preact';
import type { Language } from '../../domain/language.js';
import type { OrganisationProfile } from '../../domain/organisation.js';
import type { Translate } from '../../i18n/index.js';
import { LanguageSwitch } from './language-switch.js';

export interface PageContext {
  language: Language;
  t: Translate;
  organisation: OrganisationProfile;
  /** The path of this page, for the language links. */
  path: string;
}

interface LayoutProps {
  page: PageContext;
  title: string;
  children: ComponentChildren;
}

/** The frame of every customer page: skip link, header with the language switch, footer. */
export function Layout({ page, title, children }: LayoutProps) {
  const { t, organisation } = page;
  return (
    <html lang={page.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — ${organisation.name}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('site.skipToContent')}
        </a>
        <header class="site-header">
          <a class="site-name" href="/">
            {organisation.name}
          </a>
          <LanguageSwitch page={page} />
        </header>
        <main id="main">{children}</main>
        <footer class="site-footer">
          <p>{t('site.footer.contact', { phone: organisation.complaintsPhone })}</p>
          <p>{t('site.footer.address', { address: organisation.postalAddress })}</p>
          <ul>
            <li>
              <a href="/complaints-code">{t('site.footer.code')}</a>
            </li>
            <li>
              <a href="/independent-resolution">{t('site.footer.ombudsman')}</a>
            </li>
          </ul>
        </footer>
      </body>
    </html>
  );
}
