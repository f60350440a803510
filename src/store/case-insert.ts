import { CompiledQuery, type Insertable } from 'kysely';
import type { EventOrigin } from './case-store.js';
import type { Db } from './database.js';
import { type NewOutboxMessage, outboxRowOf } from './outbox-store.js';
import type { ComplaintCaseTable } from './schema.js';

export interface CaseWithHistory {
  /**
   * The case as it stands after its first moves (e.g. received and acknowledged: version 2), with
   * its id chosen by the caller, so its events and message can name it in the same statement.
   */
  values: Omit<Insertable<ComplaintCaseTable>, 'updated_at'> & { id: string; version: number };
  origin: EventOrigin;
  /** Its events so far, in order, each with the version it produced. */
  events: readonly { caseVersion: number; type: string; data: Record<string, unknown> }[];
  /** The message those events cause, if any. */
  message?: NewOutboxMessage;
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
  'id, case_id, recipient, language, template, payload, message_id, created_at, next_attempt_at';

/**
 * Stores new cases, their first events and the messages they cause in ONE set-based statement:
 * the rows travel as three JSON arrays, so the statement's text is the same for one case or fifty.
 * PostgreSQL runs it atomically (no half-written case), and one statement for many cases is what
 * makes intake fast on PGlite, which runs one statement at a time and spends most of a small
 * statement's time parsing and planning it (see `case-intake-queue.ts`).
 */
export async function insertCases(db: Db, cases: readonly CaseWithHistory[]): Promise<void> {
  if (cases.length === 0) return;
  // Keys that are not columns are ignored by jsonb_populate_recordset; only CASE_COLUMNS are written.
  // The rows are not copied: at a few hundred filings a second, spreading 35 keys showed up.
  const caseRows = cases.map(({ values }) => values);
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
    message ? [outboxRowOf(message, values.id)] : [],
  );
  const result = await db.executeQuery<{ stored: number | string }>(
    CompiledQuery.raw(INSERT_CASES, [
      JSON.stringify(caseRows),
      JSON.stringify(eventRows),
      JSON.stringify(messageRows),
    ]),
  );
  const stored = Number(result.rows[0]?.stored ?? 0);
  if (stored !== cases.length) throw new Error(`stored ${stored} of ${cases.length} new cases`);
}

// `jsonb_populate_recordset` reads each array with its table's own row type, so a column's type
// is never written twice. Events keep their array order (WITH ORDINALITY), which is the order
// of their ids and so of the timeline.
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
  INSERT INTO outbox_message (${MESSAGE_COLUMNS})
  SELECT ${MESSAGE_COLUMNS} FROM jsonb_populate_recordset(NULL::outbox_message, $3::jsonb)
)
SELECT count(*) AS stored FROM new_case`;
