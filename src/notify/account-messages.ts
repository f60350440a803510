import type { Language } from '../domain/language.js';
import type { OrganisationProfile } from '../domain/organisation.js';
import { translator } from '../i18n/index.js';
import type { MessageWords } from './customer-message-text.js';

/** C4: the one-time code the customer reads back to the advisor. */
export function identityCodeWords(
  language: Language,
  customerName: string,
  code: string,
  organisation: OrganisationProfile,
): MessageWords {
  const t = translator(language);
  return {
    subject: t('msg.identity_code.subject'),
    greeting: t('email.greeting', { name: customerName }),
    paragraphs: [t('msg.identity_code.body', { code })],
    signature: t('email.signature', { organisation: organisation.name }),
  };
}

/** A staff member's single-use link to choose a password. */
export function passwordLinkWords(
  language: Language,
  kind: 'reset' | 'welcome',
  displayName: string,
  link: string,
  organisation: OrganisationProfile,
): MessageWords {
  const t = translator(language);
  return {
    subject: t(kind === 'reset' ? 'msg.password.reset.subject' : 'msg.password.welcome.subject'),
    greeting: t('email.greeting', { name: displayName }),
    paragraphs: [t(kind === 'reset' ? 'msg.password.reset.body' : 'msg.password.welcome.body', { link })],
    signature: t('email.signature', { organisation: organisation.name }),
  };
}

/** The code that opens a case on the "follow my case" page. */
export function accessCodeWords(
  language: Language,
  customerName: string,
  trackingNumber: string,
  code: string,
  organisation: OrganisationProfile,
  followUrl: string,
): MessageWords {
  const t = translator(language);
  return {
    subject: t('msg.access_code.subject'),
    greeting: t('email.greeting', { name: customerName }),
    paragraphs: [
      t('msg.access_code.body', { trackingNumber, code }),
      t('msg.caseLine', { trackingNumber, followUrl }),
    ],
    signature: t('email.signature', { organisation: organisation.name }),
  };
}

/** Tells a case's owner that the customer wrote or acted. */
export function staffCaseUpdateWords(
  language: Language,
  displayName: string,
  trackingNumber: string,
  link: string,
  organisation: OrganisationProfile,
  what = '',
): MessageWords {
  const t = translator(language);
  const body =
    what === 'email_received' ||
    what === 'message_bounced' ||
    what === 'message_failed' ||
    what === 'letter_not_posted'
      ? (`msg.staff_update.${what}` as const)
      : 'msg.staff_update.body';
  return {
    subject: t('msg.staff_update.subject', { trackingNumber }),
    greeting: t('email.greeting', { name: displayName }),
    paragraphs: [t(body, { trackingNumber, link })],
    signature: t('email.signature', { organisation: organisation.name }),
  };
}
