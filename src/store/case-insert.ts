import { CompiledQuery } from 'kysely';
import type { StoredFile } from '../domain/attachment.js';
import type { NewCase } from '../domain/case.js';
import { type EventOrigin, newCaseColumns } from './case-store.js';
import type { Db } from './database.js';
import { type NewOutboxMessage, outboxJsonRowOf } from './outbox-store.js';
import type { ComplaintCaseTable } from './schema.js';

export interface CaseWithHistory {
  /**
   * The case as it stands after its first moves (e.g. received and acknowledged: version 2), with
   * its id chosen by the caller, so its events and message can name it in the same statement.
   */
  values: NewCase;
  origin: EventOrigin;
  /** Its events so far, in order, each with the version it produced. */
  events: readonly { caseVersion: number; type: string; data: Record<string, unknown> }[];
  /** The message those events cause, if any. */
  message?: NewOutboxMessage;
  /** Documents stored with it (their files are written already). */
  attachments?: readonly StoredFile[];
  /** Earlier case numbers the customer named (C3); those that exist here are linked. */
  references?: readonly { text: string; trackingNumber: string | undefined }[];
  /** The client's Idempotency-Key, claimed in the same statement, with the answer it will replay. */
  idempotencyKey?: {
    scope: string;
    key: string;
    requestHash: string;
    responseStatus: number;
    responseBody: unknown;
  };
}

/**
 * The columns a new case is written with: the rest keep the database's defaults or are computed
 * by it (the queue's `due_on`, the search text).
 */
const CASE_COLUMNS = [
  'id',
  'tracking_number',
  'kind',
  'status',
  'escalation_level',
  'remedy_promised',
  'channel',
  'language',
  'received_at',
  'recorded_at',
  'updated_at',
  'version',
  'customer_name',
  'customer_email',
  'customer_phone',
  'customer_postal_address',
  'customer_account_number',
  'customer_type',
  'customer_region',
  'service',
  'category',
  'description',
  'history',
  'desired_outcome',
  'preferred_contact',
  'calendar_country',
  'calendar_region',
  'urgent_reason',
  'acknowledged_at',
  'expected_response_by',
  'next_update_by',
  'resolved_at_first_contact',
  'policy_id',
  'policy_version',
  'alarm_check_at',
] as const satisfies readonly (keyof ComplaintCaseTable)[];

/**
 * The database's defaults for columns a caller may leave out, as SQL: a row read from JSON has no
 * DEFAULT. They are applied in the statement, so the rows go to JSON as the caller built them.
 */
const CASE_DEFAULTS: Partial<Record<(typeof CASE_COLUMNS)[number], string>> = {
  escalation_level: '1',
  remedy_promised: 'false',
  resolved_at_first_contact: 'false',
  calendar_country: "'CA'",
  alarm_check_at: "'-infinity'",
};

/** What each column is written from: the JSON field, its default, or (updated_at) the recording time. */
const CASE_VALUES = CASE_COLUMNS.map((column) => {
  if (column === 'updated_at') return 'recorded_at';
  const fallback = CASE_DEFAULTS[column];
  return fallback ? `COALESCE(${column}, ${fallback})` : column;
});

const EVENT_COLUMNS = 'case_id, case_version, type, actor_type, actor_id, channel, occurred_at, data';
const MESSAGE_COLUMNS =
  'id, case_id, recipient, language, template, payload, message_id, created_at, next_attempt_at, ' +
  'sender, subject, text_body, html_body, raw, sha256, medium, status';

/** What one statement stored: every case given, and this many of the idempotency keys given. */
export interface StoredCases {
  keysGiven: number;
  keysClaimed: number;
}

/**
 * Stores new cases with everything that comes with them in ONE set-based statement: the cases,
 * their first events, the messages they cause, their documents, the earlier cases they name and
 * the clients' idempotency keys travel as JSON arrays, so the statement's text is the same for one
 * filing or fifty, whatever they carry. PostgreSQL runs it atomically (no half-written case); see
 * `case-intake.ts` for why filings go together.
 *
 * A key already taken is not claimed again (ON CONFLICT DO NOTHING): the caller compares
 * `keysClaimed` with `keysGiven` and, inside its transaction, rolls back if they differ.
 */
export async function insertCases(db: Db, cases: readonly CaseWithHistory[]): Promise<StoredCases> {
  if (cases.length === 0) return { keysGiven: 0, keysClaimed: 0 };
  // Keys that are not columns are ignored by jsonb_populate_recordset; only CASE_COLUMNS are written.
  const caseRows = cases.map(({ values }) => newCaseColumns(values));
  const eventRows = cases.flatMap(({ values, origin, events }) =>
    events.map((event) => ({
      case_id: values.id,
      case_version: event.caseVersion,
      type: event.type,
      actor_type: origin.actor.type,
      actor_id: origin.actor.type === 'staff' ? origin.actor.staffId : null,
      channel: origin.channel,
      occurred_at: origin.at,
      data: event.data,
    })),
  );
  const messageRows = cases.flatMap(({ values, message }) =>
    message ? [outboxJsonRowOf(message, values.id)] : [],
  );
  const attachmentRows = cases.flatMap(({ values, origin, attachments }) =>
    (attachments ?? []).map((file) => ({
      case_id: values.id,
      file_name: file.fileName,
      media_type: file.mediaType,
      size_bytes: file.sizeBytes,
      sha256: file.sha256,
      storage_key: file.storageKey,
      uploaded_at: origin.at,
    })),
  );
  const referenceRows = cases.flatMap(({ values, references }) =>
    (references ?? []).map((reference, position) => ({
      case_id: values.id,
      position,
      reference: reference.text,
      tracking_number: reference.trackingNumber ?? null,
    })),
  );
  const keyRows = cases.flatMap(({ origin, idempotencyKey }) =>
    idempotencyKey
      ? [
          {
            scope: idempotencyKey.scope,
            key: idempotencyKey.key,
            request_hash: idempotencyKey.requestHash,
            response_status: idempotencyKey.responseStatus,
            response_body: idempotencyKey.responseBody,
            created_at: origin.at,
          },
        ]
      : [],
  );
  const result = await db.executeQuery<{ stored: number | string; claimed: number | string }>(
    CompiledQuery.raw(INSERT_CASES, [
      JSON.stringify(caseRows),
      JSON.stringify(eventRows),
      JSON.stringify(messageRows),
      JSON.stringify(attachmentRows),
      JSON.stringify(referenceRows),
      JSON.stringify(keyRows),
    ]),
  );
  const stored = Number(result.rows[0]?.stored ?? 0);
  if (stored !== cases.length) throw new Error(`stored ${stored} of ${cases.length} new cases`);
  return { keysGiven: keyRows.length, keysClaimed: Number(result.rows[0]?.claimed ?? 0) };
}

const ATTACHMENT_COLUMNS = 'case_id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_at';
const KEY_COLUMNS = 'scope, key, request_hash, response_status, response_body, created_at';

// `jsonb_populate_recordset` reads each array with its table's own row type, so a column's type
// is never written twice. Events keep their array order (WITH ORDINALITY), which is the order
// of their ids and so of the timeline. A reference names an earlier case by its tracking number,
// looked up here; a case filed in the same statement is not yet visible to that lookup, and then
// the reference keeps its text only, as for a number not found.
const INSERT_CASES = `
WITH new_case AS (
  INSERT INTO complaint_case (${CASE_COLUMNS.join(', ')})
  SELECT ${CASE_VALUES.join(', ')} FROM jsonb_populate_recordset(NULL::complaint_case, $1::jsonb)
  RETURNING id
), new_event AS (
  INSERT INTO case_event (${EVENT_COLUMNS})
  SELECT ${EVENT_COLUMNS} FROM jsonb_populate_recordset(NULL::case_event, $2::jsonb) WITH ORDINALITY
  ORDER BY ordinality
), new_message AS (
  INSERT INTO message (${MESSAGE_COLUMNS})
  SELECT ${MESSAGE_COLUMNS} FROM jsonb_populate_recordset(NULL::message, $3::jsonb)
), new_attachment AS (
  INSERT INTO case_attachment (${ATTACHMENT_COLUMNS})
  SELECT ${ATTACHMENT_COLUMNS} FROM jsonb_populate_recordset(NULL::case_attachment, $4::jsonb)
), new_reference AS (
  INSERT INTO case_reference (case_id, position, reference, referenced_case_id)
  SELECT r.case_id, r.position, r.reference, earlier.id
  FROM jsonb_to_recordset($5::jsonb) AS r(case_id uuid, position integer, reference text, tracking_number text)
  LEFT JOIN complaint_case earlier ON earlier.tracking_number = r.tracking_number
), new_key AS (
  INSERT INTO idempotency_record (${KEY_COLUMNS})
  SELECT ${KEY_COLUMNS} FROM jsonb_populate_recordset(NULL::idempotency_record, $6::jsonb)
  ON CONFLICT (scope, key) DO NOTHING
  RETURNING key
)
SELECT (SELECT count(*) FROM new_case) AS stored, (SELECT count(*) FROM new_key) AS claimed`;
