import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Language } from '../domain/language.js';
import { ONE_TIME_SECRETS, type OutboxPayload } from '../domain/outbox-payload.js';
import type { Db } from './database.js';
import type { MessageTable } from './schema.js';

export type OutboxRow = Selectable<MessageTable>;

/** What a message says, fixed when it is rendered: its parts and the exact bytes it travels as. */
export interface MessageContent {
  from: string;
  subject: string;
  text: string;
  /** None for a letter: its bytes are the PDF, its text what the PDF says. */
  html: string | null;
  raw: Buffer;
  sha256: string;
}

export interface NewOutboxMessage {
  id: string;
  caseId: string | null;
  recipient: string;
  language: Language;
  payload: OutboxPayload;
  messageId: string;
  at: Date;
  content: MessageContent;
  /** A letter waits to be printed (`to_print`); an email is queued for the worker. */
  medium?: 'email' | 'letter';
}

/** A message the worker has claimed: what it is made from, to whom, and its attempts so far. */
export interface OutboxMessage {
  id: string;
  recipient: string;
  language: Language;
  payload: OutboxPayload;
  messageId: string;
  createdAt: Date;
  attempts: number;
  /** The bytes to hand to SMTP; null for a message queued without its words (rendered at delivery). */
  raw: Buffer | null;
  from: string | null;
}

/** The row a new message is stored as (its case named by the caller: set for case messages). */
export function outboxRowOf(message: NewOutboxMessage, caseId: string | null = message.caseId) {
  const { template, ...payload } = message.payload;
  return {
    id: message.id,
    case_id: caseId,
    recipient: message.recipient,
    language: message.language,
    template,
    payload,
    message_id: message.messageId,
    created_at: message.at,
    next_attempt_at: message.at,
    medium: message.medium ?? 'email',
    status: message.medium === 'letter' ? ('to_print' as const) : ('queued' as const),
    ...contentColumns(message.content),
  };
}

function contentColumns(content: MessageContent) {
  return {
    sender: content.from,
    subject: content.subject,
    text_body: content.text,
    html_body: content.html,
    raw: content.raw,
    sha256: content.sha256,
  };
}

/** A row for a JSON array that `jsonb_populate_recordset` reads (bytea as its hex text form). */
export function outboxJsonRowOf(message: NewOutboxMessage, caseId: string | null = message.caseId) {
  const row = outboxRowOf(message, caseId);
  return { ...row, raw: `\\x${row.raw.toString('hex')}` };
}

/**
 * A stored row as the message it is. The payload column holds what `outboxRowOf` wrote for its
 * template (only this module writes it), so the template and the payload are put back together
 * here, once; the worker's exhaustive switch refuses a template it does not know.
 */
function outboxMessageOf(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    recipient: row.recipient,
    language: row.language,
    payload: { ...row.payload, template: row.template } as OutboxPayload,
    messageId: row.message_id,
    createdAt: row.created_at,
    attempts: row.attempts,
    raw: row.raw,
    from: row.sender,
  };
}

/** The words and bytes of a message queued without them, rendered now at its first delivery. */
export async function saveContent(db: Db, id: string, content: MessageContent): Promise<void> {
  await db.updateTable('message').set(contentColumns(content)).where('id', '=', id).execute();
}

/** Called inside the transaction of the change that causes the message: both commit, or neither. */
export async function enqueueMessage(trx: Db, message: NewOutboxMessage): Promise<void> {
  const row = outboxRowOf(message);
  await trx
    .insertInto('message')
    .values({ ...row, payload: JSON.stringify(row.payload) })
    .execute();
}

/**
 * Claims due messages for one worker in one statement: rows are locked with SKIP LOCKED (another
 * worker takes others) and their next attempt is pushed past the lease, so a worker that dies
 * mid-delivery leaves them to be retried, never lost.
 */
export async function claimDueMessages(
  db: Db,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<OutboxMessage[]> {
  const rows = await db
    .updateTable('message')
    .set({ attempts: sql`attempts + 1`, next_attempt_at: new Date(now.getTime() + leaseMs) })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('message')
        .select('id')
        .where('status', '=', 'queued')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
  return rows.map(outboxMessageOf);
}

const SECRET = sql<boolean>`coalesce(template = ANY(${[...ONE_TIME_SECRETS]}::text[]), false)`;

/**
 * Sent. A one-time code's words and bytes are dropped now (they open a case or an account); its
 * hash, subject, recipient and times stay in the record.
 */
export async function markSent(db: Db, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('message')
    .set({
      status: 'sent',
      sent_at: at,
      last_error: null,
      content_withheld: sql<boolean>`${SECRET}`,
      text_body: sql<null>`CASE WHEN ${SECRET} THEN NULL ELSE text_body END`,
      html_body: sql<null>`CASE WHEN ${SECRET} THEN NULL ELSE html_body END`,
      raw: sql<null>`CASE WHEN ${SECRET} THEN NULL ELSE raw END`,
    })
    .where('id', 'in', [...ids])
    // A bounce can come back before SMTP's answer was recorded: it stays bounced.
    .where('status', '=', 'queued')
    .execute();
}

export async function markFailedAttempt(
  db: Db,
  id: string,
  error: string,
  retryAt: Date | undefined,
  at: Date,
): Promise<void> {
  await db
    .updateTable('message')
    .set(
      retryAt
        ? { last_error: error.slice(0, 1000), next_attempt_at: retryAt }
        : { last_error: error.slice(0, 1000), status: 'failed', failed_at: at },
    )
    .where('id', '=', id)
    .execute();
}

export async function findOutboxMessages(db: Db, caseId: string): Promise<OutboxRow[]> {
  return db.selectFrom('message').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
}

/** The Message-ID of the first email a case sent to this address (the head of its thread). */
export async function firstMessageTo(db: Db, caseId: string, recipient: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('message')
    .select('message_id')
    .where('case_id', '=', caseId)
    .where('direction', '=', 'out')
    .where('medium', '=', 'email')
    .where('recipient', '=', recipient)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return row?.message_id;
}
