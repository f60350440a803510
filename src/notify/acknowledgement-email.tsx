import { renderToString } from 'preact-render-to-string';
import type { Acknowledgement } from '../app/cases/acknowledgement.js';
import type { OrganisationProfile } from '../domain/organisation.js';
import { translator } from '../i18n/index.js';
import { acknowledgementText } from './acknowledgement-text.js';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/**
 * The acknowledgement email (C6) in the customer's language. Customer text (their name, the
 * agreed summary) is escaped by Preact in the HTML part and stays plain in the text part.
 */
export function acknowledgementEmail(
  ack: Acknowledgement,
  organisation: OrganisationProfile,
  followUrl: string,
): RenderedEmail {
  const t = translator(ack.language);
  const words = acknowledgementText(ack, organisation, followUrl);
  const lines = [
    t('email.greeting', { name: ack.customerName }),
    '',
    words.message,
    '',
    `${t('ack.trackingNumber')}: ${ack.trackingNumber}`,
    words.trackingNumberSpoken,
    words.receipt,
    ...(words.expected ? [words.expected] : []),
    ...(words.firstContactSummary ? ['', words.firstContactSummary, words.firstContactComeBack ?? ''] : []),
    ...(words.procedure.length > 0
      ? ['', `${t('ack.procedure')}:`, ...words.procedure.map((s) => `- ${s}`)]
      : []),
    '',
    words.follow,
    ...(words.escalate ? [words.escalate] : []),
    '',
    `${t('ack.contact')}: ${organisation.complaintsPhone} — ${organisation.postalAddress}`,
    '',
    t('email.signature', { organisation: organisation.name }),
  ];
  const html = renderToString(
    <html lang={ack.language}>
      <body style="font-family: sans-serif; line-height: 1.5; color: #1b1b1b;">
        <p>{t('email.greeting', { name: ack.customerName })}</p>
        <p>{words.message}</p>
        <p>
          {t('ack.trackingNumber')}:{' '}
          <strong style="font-size: 1.4em; letter-spacing: .08em;">{ack.trackingNumber}</strong>
          <br />
          {words.trackingNumberSpoken}
        </p>
        <p>
          {words.receipt}
          {words.expected ? (
            <>
              <br />
              <strong>{words.expected}</strong>
            </>
          ) : null}
        </p>
        {words.firstContactSummary ? (
          <p>
            {words.firstContactSummary}
            <br />
            {words.firstContactComeBack}
          </p>
        ) : null}
        {words.procedure.length > 0 ? (
          <>
            <h2 style="font-size: 1.1em;">{t('ack.procedure')}</h2>
            <ol>
              {words.procedure.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </>
        ) : null}
        <p>{words.follow}</p>
        {words.escalate ? <p>{words.escalate}</p> : null}
        <p>
          {t('ack.contact')}: {organisation.complaintsPhone} — {organisation.postalAddress}
        </p>
        <p>{t('email.signature', { organisation: organisation.name })}</p>
      </body>
    </html>,
  );
  return {
    subject: `${words.title} — ${ack.trackingNumber}`,
    text: lines.join('\n'),
    html: `<!doctype html>${html}`,
  };
}
