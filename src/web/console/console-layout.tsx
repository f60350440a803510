import type { ComponentChildren } from 'preact';
import type { StaffMember } from '../../app/auth/staff-member.js';
import { may } from '../../domain/permissions.js';
import { LanguageSwitch } from '../components/language-switch.js';
import type { PageContext } from '../components/layout.js';

interface ConsoleLayoutProps {
  page: PageContext;
  title: string;
  /** Absent on the sign-in and password pages. */
  staff?: StaffMember;
  csrf?: string;
  children: ComponentChildren;
}

/** A form that only carries the CSRF token: sign-out buttons, one-click actions. */
export function CsrfField({ csrf }: { csrf: string }) {
  return <input type="hidden" name="_csrf" value={csrf} />;
}

/** The frame of every console page: skip link, navigation, who is signed in, language switch. */
export function ConsoleLayout({ page, title, staff, csrf, children }: ConsoleLayoutProps) {
  const { t, organisation } = page;
  return (
    <html lang={page.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — ${t('console.title')} — ${organisation.name}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body class="console">
        <a class="skip-link" href="#main">
          {t('site.skipToContent')}
        </a>
        <header class="site-header">
          <a class="site-name" href={staff ? '/console' : '/console/sign-in'}>
            {organisation.name} — {t('console.title')}
          </a>
          {staff && csrf ? (
            <nav aria-label={t('console.nav.label')}>
              <ul class="console-nav">
                <li>
                  <a href="/console">{t('console.nav.queue')}</a>
                </li>
                <li>
                  <a href="/console/cases/new">{t('console.nav.newCase')}</a>
                </li>
                {may(staff.role, 'case.record') ? (
                  <li>
                    <a href="/console/mail">{t('console.nav.mail')}</a>
                  </li>
                ) : null}
                {may(staff.role, 'case.work') ? (
                  <li>
                    <a href="/console/letters">{t('console.nav.letters')}</a>
                  </li>
                ) : null}
                {may(staff.role, 'case.assign') ? (
                  <li>
                    <a href="/console/dashboard">{t('console.nav.dashboard')}</a>
                  </li>
                ) : null}
                {may(staff.role, 'ombudsman.manage') ? (
                  <li>
                    <a href="/console/ombudsman">{t('console.nav.ombudsman')}</a>
                  </li>
                ) : null}
                {may(staff.role, 'staff.manage') ? (
                  <li>
                    <a href="/console/admin">{t('console.nav.admin')}</a>
                  </li>
                ) : null}
                <li>
                  <form method="post" action="/console/sign-out">
                    <CsrfField csrf={csrf} />
                    <button class="link-button" type="submit">
                      {t('console.nav.signOut')}
                    </button>
                  </form>
                </li>
                <li>
                  <form method="post" action="/console/sign-out-everywhere">
                    <CsrfField csrf={csrf} />
                    <button class="link-button" type="submit">
                      {t('console.nav.signOutEverywhere')}
                    </button>
                  </form>
                </li>
              </ul>
            </nav>
          ) : null}
          <LanguageSwitch page={page} />
        </header>
        <main id="main">
          {staff ? (
            <p class="who">
              {t('console.signedInAs', { name: staff.displayName, role: t(`console.role.${staff.role}`) })}
            </p>
          ) : null}
          {children}
        </main>
      </body>
    </html>
  );
}

/** After a form: "saved", or the summary of what to correct (each field also shows its own error). */
export function FormOutcome(props: {
  page: PageContext;
  saved?: boolean | undefined;
  errors?: Record<string, string> | undefined;
}) {
  const { t } = props.page;
  return (
    <>
      {props.saved ? (
        <p class="notice" role="status">
          {t('console.case.saved')}
        </p>
      ) : null}
      {props.errors ? (
        <p class="notice problem" role="alert">
          {t('validation.summary')} {Object.values(props.errors).join(' ')}
        </p>
      ) : null}
    </>
  );
}
