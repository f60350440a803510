import { carriesOmbudsmanNotice, type SentCustomerMessage } from '../domain/customer-message.js';
import type { Language } from '../domain/language.js';
import type { OrganisationProfile } from '../domain/organisation.js';
import { formatLocalDate } from '../i18n/format-date.js';
import { translator } from '../i18n/index.js';

/** A message in words: a subject and paragraphs, the same for the email, the letter and the preview. */
export interface MessageWords {
  subject: string;
  greeting: string;
  paragraphs: string[];
  signature: string;
}

export interface MessageSetting {
  language: Language;
  customerName: string;
  trackingNumber: string;
  organisation: OrganisationProfile;
  /** Where the customer follows the case and asks for escalation. */
  followUrl: string;
}

/** Words for a case message (C7–C10) in the customer's language. */
export function customerMessageWords(message: SentCustomerMessage, setting: MessageSetting): MessageWords {
  const t = translator(setting.language);
  const { organisation, trackingNumber } = setting;
  const phone = organisation.complaintsPhone;
  const remedy = (text: string | undefined) => (text ? [t('msg.remedy', { remedy: text })] : []);
  // C10: the ombudsman is named once the complaint is past level 1 or the customer is not satisfied.
  const ombudsman = t('msg.final_response.ombudsman', {
    ombudsman: organisation.ombudsman.name,
    website: organisation.ombudsman.website,
    phone: organisation.ombudsman.phone,
  });
  const body = ((): { subject: string; paragraphs: string[] } => {
    switch (message.template) {
      case 'progress_update':
        return {
          subject: t('msg.progress_update.subject', { trackingNumber }),
          paragraphs: [
            message.text,
            ...(message.nextUpdateBy
              ? [
                  t('msg.progress_update.nextUpdate', {
                    date: formatLocalDate(message.nextUpdateBy, setting.language),
                  }),
                ]
              : []),
          ],
        };
      case 'information_request':
        return {
          subject: t('msg.information_request.subject', { trackingNumber }),
          paragraphs: [message.text, t('msg.information_request.reply', { phone, trackingNumber })],
        };
      case 'outcome':
        return {
          subject: t('msg.outcome.subject', { trackingNumber }),
          paragraphs: [
            t('msg.outcome.intro'),
            message.text,
            ...remedy(message.remedy),
            t('msg.outcome.notSatisfied', {
              whom: t(message.level === 1 ? 'msg.level.2' : 'msg.level.3'),
              followUrl: setting.followUrl,
              phone,
            }),
          ],
        };
      case 'final_response':
        return {
          subject: t('msg.final_response.subject', { trackingNumber }),
          paragraphs: [t('msg.final_response.intro'), message.text, ...remedy(message.remedy)],
        };
      case 'escalation_received':
        return {
          subject: t('msg.escalation_received.subject', { trackingNumber }),
          paragraphs: [
            t('msg.escalation_received.body', {
              whom: t(message.level === 2 ? 'msg.level.2' : 'msg.level.3'),
            }),
            ...(message.expectedResponseBy
              ? [
                  t('msg.escalation_received.answerBy', {
                    date: formatLocalDate(message.expectedResponseBy, setting.language),
                  }),
                ]
              : []),
          ],
        };
      case 'remedy_carried_out':
        return {
          subject: t('msg.remedy_carried_out.subject', { trackingNumber }),
          paragraphs: [t('msg.remedy_carried_out.intro'), message.text],
        };
      case 'automatic_progress_notice':
        return {
          subject: t('msg.progress_update.subject', { trackingNumber }),
          paragraphs: [
            t('msg.automatic_progress.body'),
            t('msg.progress_update.nextUpdate', {
              date: formatLocalDate(message.nextUpdateBy, setting.language),
            }),
          ],
        };
      case 'delay_notice':
        return {
          subject: t('msg.delay.subject', { trackingNumber }),
          paragraphs: [
            t('msg.delay.body', { date: formatLocalDate(message.previousDate, setting.language) }),
            message.reason,
            t('msg.delay.newDate', { date: formatLocalDate(message.expectedResponseBy, setting.language) }),
            t('msg.delay.escalate', { followUrl: setting.followUrl, phone }),
          ],
        };
      case 'resolution_summary':
        return {
          subject: t('msg.resolution_summary.subject', { trackingNumber }),
          paragraphs: [
            t('msg.resolution_summary.body', { date: formatLocalDate(message.resolvedOn, setting.language) }),
            t('msg.resolution_summary.comesBack', { phone, followUrl: setting.followUrl }),
          ],
        };
      case 'ombudsman_notice':
        return {
          subject: t('msg.ombudsman_notice.subject', { trackingNumber }),
          paragraphs: [t(`msg.ombudsman_notice.${message.reason}`)],
        };
      case 'automatic_delay_notice':
        return {
          subject: t('msg.delay.subject', { trackingNumber }),
          paragraphs: [
            t('msg.automatic_delay.body', { date: formatLocalDate(message.missedDate, setting.language) }),
            t('msg.delay.escalate', { followUrl: setting.followUrl, phone }),
          ],
        };
    }
  })();
  return {
    subject: body.subject,
    greeting: t('email.greeting', { name: setting.customerName }),
    paragraphs: [
      ...body.paragraphs,
      ...(carriesOmbudsmanNotice(message) ? [ombudsman] : []),
      t('msg.caseLine', { trackingNumber, followUrl: setting.followUrl }),
    ],
    signature: t('email.signature', { organisation: organisation.name }),
  };
}
