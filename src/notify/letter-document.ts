import { createRequire } from 'node:module';
import type { Language } from '../domain/language.js';
import type { OrganisationProfile } from '../domain/organisation.js';

const fonts = createRequire(import.meta.url);
const FONT_REGULAR = fonts.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = fonts.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface LetterDocument {
  doc: PDFKit.PDFDocument;
  /** The PDF's bytes, once `doc.end()` was called. */
  done: Promise<Buffer>;
}

/**
 * A Letter-size PDF with our fonts registered as `Body` and `Body-Bold`. pdfkit is loaded on the
 * first letter, not at start: it is a fifth of the server's start-up time and most starts print none.
 */
export async function newLetter(options: {
  title: string;
  author: string;
  language: Language;
}): Promise<LetterDocument> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 64,
    info: { Title: options.title, Author: options.author },
    lang: options.language,
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
  return { doc, done };
}

/** The sender, the addressee and the date, as every letter starts. */
export function letterHead(
  doc: PDFKit.PDFDocument,
  organisation: OrganisationProfile,
  addressee: { name: string; postalAddress: string | null },
  dateLine: string,
): void {
  doc.font('Body-Bold').fontSize(14).text(organisation.name);
  doc.font('Body').fontSize(10).text(organisation.postalAddress).text(organisation.complaintsPhone);
  doc.moveDown(2);
  doc.fontSize(11).text(addressee.name);
  if (addressee.postalAddress) doc.text(addressee.postalAddress);
  doc.moveDown();
  doc.text(dateLine, { align: 'right' });
  doc.moveDown();
}
