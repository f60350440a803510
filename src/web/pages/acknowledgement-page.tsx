import type { AcknowledgementText } from '../../notify/acknowledgement-text.js';
import { Layout, type PageContext } from '../components/layout.js';

interface Props {
  page: PageContext;
  trackingNumber: string;
  text: AcknowledgementText;
}

/**
 * Shown once the case is stored (C6): the tracking number large and easy to copy and read aloud,
 * the procedure, the expected date as a calendar date, how to follow and escalate, and the
 * organisation's contact details (C11).
 */
export function AcknowledgementPage({ page, trackingNumber, text }: Props) {
  const { t, organisation } = page;
  return (
    <Layout page={page} title={text.title}>
      <h1>{text.title}</h1>
      <section class="tracking" aria-labelledby="tracking-label">
        <h2 id="tracking-label">{t('ack.trackingNumber')}</h2>
        <p class="tracking-number" data-testid="tracking-number">
          {trackingNumber}
        </p>
        <p class="hint">{text.trackingNumberSpoken}</p>
        <p class="hint">{t('ack.trackingNumber.hint')}</p>
      </section>
      <p>{text.receipt}</p>
      {text.expected ? (
        <p class="expected" data-testid="expected-date">
          <strong>{text.expected}</strong>
        </p>
      ) : null}
      {text.firstContactSummary ? (
        <>
          <p>{text.firstContactSummary}</p>
          <p>{text.firstContactComeBack}</p>
        </>
      ) : null}
      {text.procedure.length > 0 ? (
        <section aria-labelledby="procedure-heading">
          <h2 id="procedure-heading">{t('ack.procedure')}</h2>
          <ol class="procedure">
            {text.procedure.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <p>{text.follow}</p>
      {text.escalate ? <p>{text.escalate}</p> : null}
      <p>{text.delivery}</p>
      <p>
        <a href="/complaints/acknowledgement.pdf">{t('ack.printLetter')}</a>
      </p>
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t('ack.contact')}</h2>
        <p>
          {organisation.name}
          <br />
          {organisation.complaintsPhone}
          <br />
          {organisation.postalAddress}
        </p>
      </section>
    </Layout>
  );
}
