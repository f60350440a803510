import type { Language } from '../domain/language.js';
import type { OrganisationProfile } from '../domain/organisation.js';
import { formatInstantDate } from '../i18n/format-date.js';
import { translator } from '../i18n/index.js';
import type { MessageWords } from './customer-message-text.js';
import { letterHead, newLetter } from './letter-document.js';

/** A case message as a printable letter, for customers who prefer post (C7, C8). */
export async function messageLetter(
  words: MessageWords,
  setting: {
    language: Language;
    organisation: OrganisationProfile;
    customerName: string;
    postalAddress: string | null;
    timeZone: string;
    printedAt: Date;
  },
): Promise<Buffer> {
  const t = translator(setting.language);
  const { doc, done } = await newLetter({
    title: words.subject,
    author: setting.organisation.name,
    language: setting.language,
  });
  const printed = formatInstantDate(setting.printedAt, setting.language, setting.timeZone);
  letterHead(
    doc,
    setting.organisation,
    { name: setting.customerName, postalAddress: setting.postalAddress },
    t('letter.dateLine', { date: printed }),
  );
  doc.font('Body-Bold').text(words.subject);
  doc.moveDown();
  doc.font('Body').text(words.greeting);
  for (const paragraph of words.paragraphs) doc.moveDown(0.5).text(paragraph);
  doc.moveDown().text(words.signature);
  doc.end();
  return done;
}
