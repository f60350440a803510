import type { AlarmKind, Commitment } from '../domain/commitment-watch.js';
import type { Language } from '../domain/language.js';
import type { OrganisationProfile } from '../domain/organisation.js';
import { formatLocalDate } from '../i18n/format-date.js';
import { translator } from '../i18n/index.js';
import type { MessageWords } from './customer-message-text.js';

/** C7–C9: what the commitment sweep tells a case's owner (reminder, delay task) or their manager (breach). */
export function staffAlertWords(
  language: Language,
  alert: {
    kind: Exclude<AlarmKind, 'progress_notice' | 'automatic_delay_notice' | 'automatic_ombudsman_notice'>;
    commitment: Exclude<Commitment, 'ombudsman_notice'>;
    dueOn: string;
    displayName: string;
    trackingNumber: string;
  },
  link: string,
  organisation: OrganisationProfile,
): MessageWords {
  const t = translator(language);
  const values = {
    trackingNumber: alert.trackingNumber,
    date: formatLocalDate(alert.dueOn, language),
    what: t(`msg.staff_alert.what.${alert.commitment}`),
    link,
  };
  return {
    subject: t(`msg.staff_alert.subject.${alert.kind}`, values),
    greeting: t('email.greeting', { name: alert.displayName }),
    paragraphs: [t(`msg.staff_alert.body.${alert.kind}`, values)],
    signature: t('email.signature', { organisation: organisation.name }),
  };
}
