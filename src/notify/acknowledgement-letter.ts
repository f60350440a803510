import type { Acknowledgement } from '../app/cases/acknowledgement.js';
import type { OrganisationProfile } from '../domain/organisation.js';
import { formatInstantDate } from '../i18n/format-date.js';
import { translator } from '../i18n/index.js';
import { acknowledgementText } from './acknowledgement-text.js';
import { letterHead, newLetter } from './letter-document.js';

/**
 * The acknowledgement as a printable letter (C6), for customers who prefer post: the same words
 * as the email and the page, in the customer's language, on one or two A4/Letter pages.
 * Customer text is drawn as text; nothing in it is interpreted.
 */
export async function acknowledgementLetter(
  ack: Acknowledgement,
  organisation: OrganisationProfile,
  followUrl: string,
  options: { printedAt: Date },
): Promise<Buffer> {
  const t = translator(ack.language);
  const words = acknowledgementText(ack, organisation, followUrl);
  const { doc, done } = await newLetter({
    title: `${words.title} — ${ack.trackingNumber}`,
    author: organisation.name,
    language: ack.language,
  });
  const printed = formatInstantDate(options.printedAt, ack.language, ack.timeZone);
  letterHead(
    doc,
    organisation,
    { name: ack.customerName, postalAddress: ack.postalAddress },
    t('letter.dateLine', { date: printed }),
  );
  doc.font('Body-Bold').text(t('letter.subject', { title: words.title, trackingNumber: ack.trackingNumber }));
  doc.moveDown();
  doc.font('Body').text(t('email.greeting', { name: ack.customerName }));
  doc.moveDown(0.5).text(words.message);
  doc.moveDown(0.5);
  doc.font('Body-Bold').fontSize(18).text(ack.trackingNumber, { characterSpacing: 2 });
  doc.font('Body').fontSize(10).text(words.trackingNumberSpoken);
  doc.fontSize(11).moveDown(0.5).text(words.receipt);
  if (words.expected) doc.font('Body-Bold').text(words.expected).font('Body');
  if (words.firstContactSummary)
    doc
      .moveDown(0.5)
      .text(words.firstContactSummary)
      .text(words.firstContactComeBack ?? '');
  if (words.procedure.length > 0) {
    doc.moveDown().font('Body-Bold').text(t('ack.procedure')).font('Body');
    words.procedure.forEach((step, index) => {
      doc.text(`${index + 1}. ${step}`, { indent: 12 });
    });
  }
  doc.moveDown().text(words.follow);
  if (words.escalate) doc.moveDown(0.5).text(words.escalate);
  doc.moveDown().text(t('email.signature', { organisation: organisation.name }));
  doc.end();
  return done;
}
