import type { Acknowledgement } from '../app/cases/acknowledgement.js';
import type { OrganisationProfile } from '../domain/organisation.js';
import { formatInstantDate, formatLocalDate } from '../i18n/format-date.js';
import { translator } from '../i18n/index.js';

/**
 * The words of an acknowledgement (C6, C11), in the customer's language: one source for the page,
 * the email, the letter and the API's `message`, so they never say different things.
 */
export interface AcknowledgementText {
  title: string;
  message: string;
  trackingNumberSpoken: string;
  expected: string | null;
  receipt: string;
  procedure: string[];
  follow: string;
  escalate: string | null;
  firstContactSummary: string | null;
  firstContactComeBack: string | null;
  delivery: string;
}

const NATO: Record<string, string> = {
  A: 'Alpha',
  B: 'Bravo',
  C: 'Charlie',
  D: 'Delta',
  E: 'Echo',
  F: 'Foxtrot',
  G: 'Golf',
  H: 'Hotel',
  J: 'Juliett',
  K: 'Kilo',
  M: 'Mike',
  N: 'November',
  P: 'Papa',
  Q: 'Quebec',
  R: 'Romeo',
  S: 'Sierra',
  T: 'Tango',
  U: 'Uniform',
  V: 'Victor',
  W: 'Whiskey',
  X: 'X-ray',
  Y: 'Yankee',
  Z: 'Zulu',
};

/** "RDX-7K4M" → "R-D-X, 7 Kilo 4 Mike": easy to read aloud over the phone. */
export function spokenTrackingNumber(trackingNumber: string): string {
  return trackingNumber
    .split('-')
    .map((group) => [...group].map((c) => NATO[c] ?? c).join(' '))
    .join(' — ');
}

export function acknowledgementText(
  ack: Acknowledgement,
  organisation: OrganisationProfile,
  followUrl: string,
): AcknowledgementText {
  const t = translator(ack.language);
  const firstContact = ack.resolvedAtFirstContact;
  const date = ack.expectedResponseBy ? formatLocalDate(ack.expectedResponseBy, ack.language) : null;
  const zone = ack.timeZone;
  const receivedDate = formatInstantDate(ack.receivedAt, ack.language, zone);
  const recordedDate = formatInstantDate(ack.recordedAt, ack.language, zone);
  const values = {
    trackingNumber: ack.trackingNumber,
    date: date ?? '',
    ombudsman: organisation.ombudsman.name,
    website: organisation.ombudsman.website,
    phone: organisation.ombudsman.phone,
  };
  return {
    title: firstContact ? t('ack.title.firstContact') : t(`ack.title.${ack.kind}`),
    message: firstContact ? t('ack.message.firstContact', values) : t(`ack.message.${ack.kind}`, values),
    trackingNumberSpoken: t('ack.trackingNumber.spoken', {
      spoken: spokenTrackingNumber(ack.trackingNumber),
    }),
    expected: date ? t(`ack.expected.${ack.kind}`, { date }) : null,
    receipt:
      receivedDate === recordedDate
        ? t('ack.received', { date: receivedDate })
        : t('ack.receivedLetter', { received: receivedDate, recorded: recordedDate }),
    procedure: ack.procedure.map((step) => t(`procedure.${step}`, values)),
    follow: t('ack.follow', { url: followUrl }),
    escalate:
      ack.kind === 'complaint'
        ? t('ack.escalate', { phone: organisation.complaintsPhone, address: organisation.postalAddress })
        : null,
    firstContactSummary: firstContact
      ? t('ack.firstContact.summary', { summary: firstContact.summary })
      : null,
    firstContactComeBack: firstContact ? t('ack.firstContact.comeBack') : null,
    delivery:
      ack.medium === 'email' && ack.email ? t('ack.sentByEmail', { email: ack.email }) : t('ack.sentByPost'),
  };
}
