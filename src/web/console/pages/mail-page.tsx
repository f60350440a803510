import type { StaffMember } from '../../../app/auth/staff-member.js';
import type { StoredMessage } from '../../../domain/stored-message.js';
import { isMessageKey } from '../../../i18n/index.js';
import { Select, TextInput } from '../../components/form-fields.js';
import type { PageContext } from '../../components/layout.js';
import { ConsoleLayout, CsrfField, FormOutcome } from '../console-layout.js';
import { consoleDateTime } from './formats.js';

export interface MailPageProps {
  page: PageContext;
  staff: StaffMember;
  csrf: string;
  held: StoredMessage[];
  timeZone: string;
  /** The message a refused form was about, with its errors. */
  form?: { messageId: string; values: Record<string, string>; errors: Record<string, string> };
  saved?: boolean;
}

/**
 * Mail to sort (issue 16): emails that came in and found no case of their sender — a stranger
 * naming someone's tracking number, an auto-reply, a sender over the hourly limit. Each can be
 * placed on a case or open one. Only the text part is shown (inert), never the HTML.
 */
export function MailPage(props: MailPageProps) {
  const { page, csrf } = props;
  const { t } = page;
  const when = consoleDateTime(page, props.timeZone);
  const kinds = [
    { value: 'inquiry', label: t('console.kind.inquiry') },
    { value: 'complaint', label: t('console.kind.complaint') },
  ];
  return (
    <ConsoleLayout page={page} title={t('console.mail.title')} staff={props.staff} csrf={csrf}>
      <h1>{t('console.mail.title')}</h1>
      <p>{t('console.mail.intro')}</p>
      <FormOutcome page={page} saved={props.saved} errors={props.form?.errors} />
      {props.held.length === 0 ? <p>{t('console.mail.none')}</p> : null}
      <ol class="mail-to-sort">
        {props.held.map((message) => {
          const reason = `console.mail.heldBecause.${message.heldBecause ?? 'other'}`;
          const refused = props.form?.messageId === message.id ? props.form : undefined;
          const id = (field: string) => `${field}-${message.id}`;
          return (
            <li key={message.id}>
              <h2 id={id('title')}>{message.subject || t('console.message.noSubject')}</h2>
              <p class="meta">
                {message.from ?? ''} — {when.format(message.receivedAt ?? message.createdAt)} —{' '}
                {isMessageKey(reason) ? t(reason) : (message.heldBecause ?? '')}
              </p>
              <details class="stored-message">
                <summary>{t('console.mail.read')}</summary>
                <pre class="message-text">{message.text ?? ''}</pre>
              </details>
              <form method="post" action={`/console/mail/${message.id}/assignment`} class="form-section">
                <CsrfField csrf={csrf} />
                <TextInput
                  id={id('trackingNumber')}
                  name="trackingNumber"
                  label={t('console.mail.placeOn')}
                  value={refused?.values.trackingNumber}
                  error={refused?.errors.trackingNumber}
                  required
                />
                <button type="submit">{t('console.mail.place')}</button>
              </form>
              <form method="post" action={`/console/mail/${message.id}/new-case`} class="form-section">
                <CsrfField csrf={csrf} />
                <Select
                  id={id('kind')}
                  name="kind"
                  label={t('console.mail.kind')}
                  options={kinds}
                  value="inquiry"
                />
                <button type="submit">{t('console.mail.open')}</button>
              </form>
            </li>
          );
        })}
      </ol>
    </ConsoleLayout>
  );
}
