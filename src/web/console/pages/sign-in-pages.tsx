import { TextInput } from '../../components/form-fields.js';
import type { PageContext } from '../../components/layout.js';
import { ConsoleLayout } from '../console-layout.js';

export function SignInPage(props: { page: PageContext; email?: string; problem?: string; notice?: string }) {
  const { t } = props.page;
  return (
    <ConsoleLayout page={props.page} title={t('console.signIn.title')}>
      <h1>{t('console.signIn.title')}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.problem ? (
        <p class="notice problem" role="alert">
          {props.problem}
        </p>
      ) : null}
      <form method="post" action="/console/sign-in">
        <TextInput
          name="email"
          type="email"
          label={t('console.signIn.email')}
          value={props.email}
          autocomplete="username"
          required
        />
        <TextInput
          name="password"
          type="password"
          label={t('console.signIn.password')}
          autocomplete="current-password"
          required
        />
        <button type="submit">{t('console.signIn.submit')}</button>
      </form>
      <p>
        <a href="/console/password-reset">{t('console.signIn.forgot')}</a>
      </p>
    </ConsoleLayout>
  );
}

export function PasswordResetPage(props: { page: PageContext; sent: boolean; problem?: string }) {
  const { t } = props.page;
  return (
    <ConsoleLayout page={props.page} title={t('console.reset.title')}>
      <h1>{t('console.reset.title')}</h1>
      {props.sent ? (
        <p class="notice" role="status">
          {t('console.reset.sent')}
        </p>
      ) : (
        <>
          <p>{t('console.reset.intro')}</p>
          {props.problem ? (
            <p class="notice problem" role="alert">
              {props.problem}
            </p>
          ) : null}
          <form method="post" action="/console/password-reset">
            <TextInput
              name="email"
              type="email"
              label={t('console.signIn.email')}
              autocomplete="username"
              required
            />
            <button type="submit">{t('console.reset.submit')}</button>
          </form>
        </>
      )}
      <p>
        <a href="/console/sign-in">{t('console.signIn.submit')}</a>
      </p>
    </ConsoleLayout>
  );
}

export function ChoosePasswordPage(props: {
  page: PageContext;
  token: string;
  error?: string;
  invalid?: boolean;
}) {
  const { t } = props.page;
  return (
    <ConsoleLayout page={props.page} title={t('console.password.title')}>
      <h1>{t('console.password.title')}</h1>
      {props.invalid ? (
        <p class="notice problem" role="alert">
          {t('console.password.invalid')} <a href="/console/password-reset">{t('console.reset.title')}</a>
        </p>
      ) : (
        <form method="post" action="/console/password">
          <input type="hidden" name="token" value={props.token} />
          <TextInput
            name="password"
            type="password"
            label={t('console.password.new')}
            hint={t('console.password.hint')}
            error={props.error}
            autocomplete="new-password"
            required
          />
          <button type="submit">{t('console.password.submit')}</button>
        </form>
      )}
    </ConsoleLayout>
  );
}
