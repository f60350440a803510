import { type Selectable, sql } from 'kysely';
import type { StoredMessage } from '../domain/stored-message.js';
import type { Db } from './database.js';
import type { MessageTable } from './schema.js';

type MessageRow = Omit<
  Selectable<MessageTable>,
  'raw' | 'payload' | 'attempts' | 'next_attempt_at' | 'position' | 'flagged_at'
> & {
  held_because: string | null;
};

const MESSAGE_FIELDS = [
  'id',
  'case_id',
  'event_id',
  'direction',
  'medium',
  'recipient',
  'sender',
  'language',
  'subject',
  'text_body',
  'html_body',
  'sha256',
  'content_withheld',
  'status',
  'message_id',
  'created_at',
  'sent_at',
  'received_at',
  'failed_at',
  'printed_at',
  'posted_on',
  'last_error',
] as const satisfies readonly (keyof MessageRow)[];

// A message to the customer says which of their messages it is (escalation_received, …).
const TEMPLATE = sql<string | null>`coalesce(payload->'message'->>'template', template)`.as('template');
const HELD_BECAUSE = sql<string | null>`payload->>'heldBecause'`.as('held_because');

function storedMessageOf(row: MessageRow): StoredMessage {
  return {
    id: row.id,
    caseId: row.case_id,
    eventId: row.event_id,
    direction: row.direction,
    medium: row.medium,
    template: row.template,
    from: row.sender,
    to: row.recipient,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    messageId: row.message_id,
    status: row.status,
    contentWithheld: row.content_withheld,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    receivedAt: row.received_at,
    failedAt: row.failed_at,
    printedAt: row.printed_at,
    postedOn: row.posted_on,
    sha256: row.sha256,
    lastError: row.last_error,
    heldBecause: row.held_because,
  };
}

/** Every message of a case, out and in, oldest first (the acknowledgement among them). */
export async function messagesOfCase(db: Db, caseId: string): Promise<StoredMessage[]> {
  const rows = await db
    .selectFrom('message')
    .select(MESSAGE_FIELDS)
    .select(HELD_BECAUSE)
    .select(TEMPLATE)
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('position')
    .execute();
  return rows.map(storedMessageOf);
}

/** Messages that came in with this status, oldest first (`held`: the mail staff must sort). */
export async function inboundMessages(
  db: Db,
  status: 'held' | 'received',
  limit: number,
): Promise<StoredMessage[]> {
  const rows = await db
    .selectFrom('message')
    .select(MESSAGE_FIELDS)
    .select(HELD_BECAUSE)
    .select(TEMPLATE)
    .where('direction', '=', 'in')
    .where('status', '=', status)
    .orderBy('created_at')
    .orderBy('position')
    .limit(limit)
    .execute();
  return rows.map(storedMessageOf);
}

/** The bytes of one message as stored (MIME, or a letter's PDF), if it still has them. */
export async function rawOfMessage(db: Db, caseId: string, id: string): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('message')
    .select('raw')
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.raw ?? undefined;
}

/** The case and recipient of a message, for what its failure means (locked for the change). */
export async function messageForUpdate(db: Db, id: string) {
  return db
    .selectFrom('message')
    .select(['id', 'case_id as caseId', 'recipient', 'status', 'direction', 'subject'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** A failed or bounced message queued again, as it was stored (same bytes, same Message-ID). */
export async function requeueMessage(db: Db, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('message')
    .set({ status: 'queued', attempts: 0, next_attempt_at: at, last_error: null, failed_at: null })
    .where('id', '=', id)
    .where('direction', '=', 'out')
    .where('medium', '=', 'email')
    .where('status', 'in', ['failed', 'bounced'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Messages to customers that did not reach them (failed or bounced), for the dashboard. */
export async function undeliveredCustomerMessages(db: Db): Promise<number> {
  const row = await db
    .selectFrom('message as m')
    .innerJoin('complaint_case as c', 'c.id', 'm.case_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('m.direction', '=', 'out')
    .where('m.status', 'in', ['failed', 'bounced'])
    .where((eb) => eb(eb.fn('lower', ['m.recipient']), '=', eb.fn('lower', ['c.customer_email'])))
    .where('c.status', '<>', 'closed')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export type LetterStatus = 'to_print' | 'printed' | 'posted';

/** Letters in the print queue by status, oldest first, with their case's tracking number. */
export async function lettersWithStatus(
  db: Db,
  status: LetterStatus,
  limit: number,
): Promise<(StoredMessage & { trackingNumber: string | null })[]> {
  const rows = await db
    .selectFrom('message')
    .leftJoin('complaint_case as c', 'c.id', 'message.case_id')
    .select(MESSAGE_FIELDS.map((field) => `message.${field}` as const))
    .select(HELD_BECAUSE)
    .select(TEMPLATE)
    .select('c.tracking_number as tracking_number')
    .where('message.medium', '=', 'letter')
    .where('message.status', '=', status)
    .orderBy('message.created_at')
    .orderBy('message.position')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...storedMessageOf(row), trackingNumber: row.tracking_number }));
}

function letterQuery(db: Db, id: string) {
  return db
    .selectFrom('message')
    .select(['id', 'case_id as caseId', 'status', 'raw', 'subject'])
    .where('id', '=', id)
    .where('medium', '=', 'letter');
}

/** A letter's PDF as stored, with its case. */
export async function findLetter(db: Db, id: string) {
  return letterQuery(db, id).executeTakeFirst();
}

/** The same, locked for a move in the print queue. */
export async function letterForUpdate(db: Db, id: string) {
  return letterQuery(db, id).forUpdate().executeTakeFirst();
}

/** A letter moves on in the print queue: printed, then posted (on a date). */
export async function moveLetter(
  db: Db,
  id: string,
  change: { status: 'printed'; at: Date } | { status: 'posted'; postedOn: string },
): Promise<void> {
  await db
    .updateTable('message')
    .set(
      change.status === 'printed'
        ? { status: 'printed', printed_at: change.at }
        : { status: 'posted', posted_on: change.postedOn },
    )
    .where('id', '=', id)
    .execute();
}

/** Letters still unposted, written before `before`, not yet flagged: locked for this instance. */
export async function unpostedLetters(db: Db, before: Date, limit: number) {
  return db
    .selectFrom('message')
    .select(['id', 'case_id as caseId', 'subject', 'created_at as createdAt'])
    .where('medium', '=', 'letter')
    .where('status', 'in', ['to_print', 'printed'])
    .where('flagged_at', 'is', null)
    .where('created_at', '<', before)
    .where('case_id', 'is not', null)
    .orderBy('created_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function flagLetter(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('message').set({ flagged_at: at }).where('id', '=', id).execute();
}
