import { sql } from 'kysely';
import type { OutboxTemplate } from '../domain/outbox-payload.js';
import type { Db } from './database.js';

export interface AccessCodeRequest {
  trackingNumber: string;
  email: string;
  codeHash: string;
  /** The code itself, for the email (never stored elsewhere). */
  code: string;
  at: Date;
  expiresAt: Date;
  /** The outbox message that carries the code (a `customer_access_code`), written in the same statement. */
  message: { id: string; messageId: string };
}

const ACCESS_CODE_TEMPLATE: OutboxTemplate = 'customer_access_code';

/**
 * Records a code request in ONE statement whether or not the pair is right: a code row always
 * (without a case when the pair is wrong), the email only when the case and address match. The
 * same work on both paths keeps the timing from telling which cases exist.
 */
export async function issueAccessCode(db: Db, request: AccessCodeRequest): Promise<void> {
  await sql`
    WITH c AS (
      SELECT id, language, customer_name, customer_email FROM complaint_case
      WHERE tracking_number = ${request.trackingNumber} AND lower(customer_email) = lower(${request.email})
    ), code AS (
      INSERT INTO customer_access_code (tracking_number, case_id, code_hash, created_at, expires_at)
      VALUES (${request.trackingNumber}, (SELECT id FROM c), ${request.codeHash}, ${request.at}::timestamptz, ${request.expiresAt}::timestamptz)
    )
    INSERT INTO message (id, case_id, recipient, language, template, payload, message_id, created_at, next_attempt_at)
    SELECT ${request.message.id}::uuid, c.id, c.customer_email, c.language, ${ACCESS_CODE_TEMPLATE},
           jsonb_build_object('trackingNumber', ${request.trackingNumber}::text, 'customerName', c.customer_name, 'code', ${request.code}::text),
           ${request.message.messageId}, ${request.at}::timestamptz, ${request.at}::timestamptz
    FROM c`.execute(db);
}

/** The newest code of a tracking number still usable, locked for the check. */
export async function openAccessCode(trx: Db, trackingNumber: string, now: Date) {
  return trx
    .selectFrom('customer_access_code')
    .select(['id', 'case_id as caseId', 'code_hash as codeHash', 'expires_at as expiresAt'])
    .where('tracking_number', '=', trackingNumber)
    .where('used_at', 'is', null)
    .where('voided_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export async function markAccessCodeUsed(trx: Db, id: string, at: Date): Promise<void> {
  await trx.updateTable('customer_access_code').set({ used_at: at }).where('id', '=', id).execute();
}

/** Voids every open code of a tracking number (after too many wrong ones). */
export async function voidAccessCodes(trx: Db, trackingNumber: string, at: Date): Promise<void> {
  await trx
    .updateTable('customer_access_code')
    .set({ voided_at: at })
    .where('tracking_number', '=', trackingNumber)
    .where('used_at', 'is', null)
    .where('voided_at', 'is', null)
    .execute();
}

export async function recordCodeFailure(trx: Db, trackingNumber: string, at: Date): Promise<void> {
  await trx
    .insertInto('customer_code_failure')
    .values({ tracking_number: trackingNumber, failed_at: at })
    .execute();
}

/** Failed codes of a tracking number since a moment, newest first. */
export async function codeFailuresSince(db: Db, trackingNumber: string, since: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom('customer_code_failure')
    .select('failed_at')
    .where('tracking_number', '=', trackingNumber)
    .where('failed_at', '>', since)
    .orderBy('failed_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => r.failed_at);
}

export async function insertCustomerSession(
  db: Db,
  session: { tokenHash: string; caseId: string; csrfToken: string; at: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('customer_session')
    .values({
      token_hash: session.tokenHash,
      case_id: session.caseId,
      csrf_token: session.csrfToken,
      created_at: session.at,
      last_seen_at: session.at,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The live session for a token, with its case's tracking number, its idle expiry slid forward. */
export async function touchCustomerSession(db: Db, tokenHash: string, now: Date, newExpiry: Date) {
  return db
    .updateTable('customer_session')
    .set({ last_seen_at: now, expires_at: newExpiry })
    .from('complaint_case')
    .whereRef('complaint_case.id', '=', 'customer_session.case_id')
    .where('customer_session.token_hash', '=', tokenHash)
    .where('customer_session.expires_at', '>', now)
    .returning([
      'customer_session.case_id as caseId',
      'customer_session.csrf_token as csrfToken',
      'complaint_case.tracking_number as trackingNumber',
    ])
    .executeTakeFirst();
}

export async function deleteCustomerSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('customer_session').where('token_hash', '=', tokenHash).execute();
}
