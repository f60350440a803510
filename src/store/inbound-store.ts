import { sql } from 'kysely';
import type { InboundEmail } from '../domain/inbound-mail.js';
import type { Language } from '../domain/language.js';
import type { Db } from './database.js';

/**
 * Stores a received email as it arrived — its parts, its bytes and their hash — once: a message
 * delivered again (same Message-ID) is not stored twice, and then `undefined` is the answer.
 */
export async function insertInboundMessage(
  db: Db,
  email: InboundEmail,
  placed: { caseId: string | null; status: 'received' | 'held'; language: Language; reason: string | null },
  at: Date,
): Promise<string | undefined> {
  const row = await db
    .insertInto('message')
    .values({
      direction: 'in',
      medium: 'email',
      case_id: placed.caseId,
      recipient: (email.to[0] ?? '(none)').slice(0, 254),
      sender: email.fromHeader.slice(0, 998),
      language: placed.language,
      template: null,
      payload: JSON.stringify({
        from: email.from,
        to: email.to.slice(0, 100),
        automatic: email.automatic,
        bounceOf: email.bounceOf,
        attachments: email.attachments.map((a) => ({
          fileName: a.fileName,
          contentType: a.contentType,
          size: a.content.length,
        })),
        heldBecause: placed.reason,
      }),
      subject: email.subject.slice(0, 2000),
      text_body: email.text,
      html_body: email.html,
      raw: email.raw,
      sha256: email.sha256,
      status: placed.status,
      message_id: email.messageId,
      created_at: at,
      received_at: at,
      next_attempt_at: at,
    })
    .onConflict((oc) => oc.column('message_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** The case of the first of these Message-IDs that Redress sent for a case. */
export async function caseOfSentMessages(db: Db, messageIds: readonly string[]): Promise<string | undefined> {
  if (messageIds.length === 0) return undefined;
  const row = await db
    .selectFrom('message')
    .select('case_id')
    .where('direction', '=', 'out')
    .where('message_id', 'in', [...messageIds])
    .where('case_id', 'is not', null)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return row?.case_id ?? undefined;
}

/** An outgoing message a delivery-status notification reports on: now `bounced`. */
export async function markBounced(
  db: Db,
  messageId: string,
  at: Date,
): Promise<{ id: string; caseId: string | null } | undefined> {
  const row = await db
    .updateTable('message')
    .set({ status: 'bounced', failed_at: at })
    .where('direction', '=', 'out')
    .where('message_id', '=', messageId)
    .returning(['id', 'case_id as caseId'])
    .executeTakeFirst();
  return row;
}

/** The language of the newest case of a customer's email address, if they have one. */
export async function languageOfSender(db: Db, email: string): Promise<Language | undefined> {
  const row = await db
    .selectFrom('complaint_case')
    .select('language')
    .where((eb) => eb(eb.fn('lower', ['customer_email']), '=', email.toLowerCase()))
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.language;
}

/** A held message placed on a case (staff sorted it, or it opened one). */
export async function placeInboundMessage(db: Db, id: string, caseId: string): Promise<boolean> {
  const result = await db
    .updateTable('message')
    .set({ case_id: caseId, status: 'received' })
    .where('id', '=', id)
    .where('direction', '=', 'in')
    .where('status', '=', 'held')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** What staff need to sort a held message: who sent it and what it says. */
export interface HeldMessage {
  id: string;
  status: string;
  caseId: string | null;
  from: string | null;
  fromHeader: string | null;
  subject: string | null;
  text: string | null;
  language: Language;
}

export async function findInboundMessage(db: Db, id: string): Promise<HeldMessage | undefined> {
  return db
    .selectFrom('message')
    .select([
      'id',
      'status',
      'case_id as caseId',
      sql<string | null>`payload->>'from'`.as('from'),
      'sender as fromHeader',
      'subject',
      'text_body as text',
      'language',
    ])
    .where('id', '=', id)
    .where('direction', '=', 'in')
    .forUpdate()
    .executeTakeFirst();
}
