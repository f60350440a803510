import { createHash } from 'node:crypto';
import { timeZoneOf } from '../../domain/business-calendar.js';
import type { Case } from '../../domain/case.js';
import type { SentCustomerMessage } from '../../domain/customer-message.js';
import { acknowledgementEmail } from '../../notify/acknowledgement-email.js';
import { acknowledgementLetter } from '../../notify/acknowledgement-letter.js';
import { customerMessageWords } from '../../notify/customer-message-text.js';
import { messageLetter } from '../../notify/message-letter.js';
import { plainEmail } from '../../notify/plain-email.js';
import type { Db } from '../../store/database.js';
import type { MessageContent, NewOutboxMessage } from '../../store/outbox-store.js';
import type { Acknowledgement } from '../cases/acknowledgement.js';
import { calendarOfCase } from '../cases/case-calendar.js';
import type { AppContext } from '../context.js';
import { getOrganisation } from '../settings/get-organisation.js';
import { outboxMessageIdentity } from './message-identity.js';

type Addressee = Pick<Case, 'customerName' | 'customerPostalAddress'>;

/** Who a letter goes to, on one line (what the print queue shows; the PDF has the full address). */
function addresseeLine(row: Addressee): string {
  const line = [row.customerName, row.customerPostalAddress?.replace(/\s*\n\s*/g, ', ')]
    .filter(Boolean)
    .join(', ');
  return (line.length >= 3 ? line : `${line} (no postal address)`).slice(0, 254);
}

function letterContent(from: string, subject: string, text: string, pdf: Buffer): MessageContent {
  return {
    from,
    subject,
    text,
    html: null,
    raw: pdf,
    sha256: createHash('sha256').update(pdf).digest('hex'),
  };
}

/**
 * A letter for a customer who prefers post (issue 16): rendered once, now, as the PDF staff will
 * print, stored with its words and hash, and put in the print queue (`to_print`). Nothing renders
 * it again: a settings change afterwards changes no letter already written.
 */
export async function acknowledgementLetterMessage(
  ctx: AppContext,
  db: Db,
  row: Addressee & { id?: string; language: Case['language'] },
  template: 'acknowledgement' | 'first_contact_confirmation',
  acknowledgement: Acknowledgement,
  at: Date,
): Promise<NewOutboxMessage> {
  const organisation = await getOrganisation(ctx, db);
  const followUrl = `${ctx.mail.publicUrl}/follow`;
  const pdf = await acknowledgementLetter(acknowledgement, organisation, followUrl, { printedAt: at });
  const words = acknowledgementEmail(acknowledgement, organisation, followUrl);
  return {
    ...outboxMessageIdentity(ctx),
    caseId: row.id ?? null,
    recipient: addresseeLine(row),
    language: row.language,
    payload: { template, trackingNumber: acknowledgement.trackingNumber, kind: acknowledgement.kind },
    at,
    medium: 'letter',
    content: letterContent(organisation.name, words.subject, words.text, pdf),
  };
}

/** A message to a customer who prefers post, as a letter in the print queue (C7–C10). */
export async function customerLetterMessage(
  ctx: AppContext,
  db: Db,
  row: Case,
  message: SentCustomerMessage,
  at: Date,
): Promise<NewOutboxMessage> {
  const organisation = await getOrganisation(ctx, db);
  const words = customerMessageWords(message, {
    language: row.language,
    customerName: row.customerName ?? '',
    trackingNumber: row.trackingNumber,
    organisation,
    followUrl: `${ctx.mail.publicUrl}/follow`,
  });
  const pdf = await messageLetter(words, {
    language: row.language,
    organisation,
    customerName: row.customerName ?? '',
    postalAddress: row.customerPostalAddress,
    timeZone: timeZoneOf(calendarOfCase(row, organisation)),
    printedAt: at,
  });
  return {
    ...outboxMessageIdentity(ctx),
    caseId: row.id,
    recipient: addresseeLine(row),
    language: row.language,
    payload: {
      template: 'customer_message',
      trackingNumber: row.trackingNumber,
      customerName: row.customerName ?? '',
      message,
    },
    at,
    medium: 'letter',
    content: letterContent(organisation.name, words.subject, plainEmail(words, row.language).text, pdf),
  };
}
