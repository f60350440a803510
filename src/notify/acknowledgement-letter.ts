import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Acknowledgement } from '../app/cases/acknowledgement.js';
import type { OrganisationProfile } from '../domain/organisation.js';
import { REGION_TIME_ZONES } from '../domain/region.js';
import { formatInstantDate } from '../i18n/format-date.js';
import { translator } from '../i18n/index.js';
import { acknowledgementText } from './acknowledgement-text.js';

const fonts = createRequire(import.meta.url);
const FONT_REGULAR = fonts.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = fonts.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/**
 * The acknowledgement as a printable letter (C6), for customers who prefer post: the same words
 * as the email and the page, in the customer's language, on one or two A4/Letter pages.
 * Customer text is drawn as text; nothing in it is interpreted.
 */
export function acknowledgementLetter(
  ack: Acknowledgement,
  organisation: OrganisationProfile,
  followUrl: string,
  options: { printedAt: Date },
): Promise<Buffer> {
  const t = translator(ack.language);
  const words = acknowledgementText(ack, organisation, followUrl);
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 64,
    info: { Title: `${words.title} — ${ack.trackingNumber}`, Author: organisation.name },
    lang: ack.language,
  });
  // DejaVu covers every character of our four languages (’, —, «, accents); the PDF's 14 standard
  // fonts do not, and would silently drop some of them.
  doc.registerFont('Body', FONT_REGULAR);
  doc.registerFont('Body-Bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Body-Bold').fontSize(14).text(organisation.name);
  doc.font('Body').fontSize(10).text(organisation.postalAddress).text(organisation.complaintsPhone);
  doc.moveDown(2);
  doc.fontSize(11).text(ack.customerName);
  if (ack.postalAddress) doc.text(ack.postalAddress);
  doc.moveDown();
  const printed = formatInstantDate(options.printedAt, ack.language, REGION_TIME_ZONES[ack.region]);
  doc.text(t('letter.dateLine', { date: printed }), { align: 'right' });
  doc.moveDown();
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
