import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { CaseRow, EventOrigin } from './case-store.js';
import type { Db } from './database.js';
import type { NewOutboxMessage } from './outbox-store.js';
import type { ComplaintCaseTable } from './schema.js';

export interface CaseWithHistory {
  /** The case as it stands after its first moves (e.g. received and acknowledged: version 2). */
  values: Omit<Insertable<ComplaintCaseTable>, 'id' | 'updated_at'> & { version: number };
  origin: EventOrigin;
  /** Its events so far, in order, each with the version it produced. */
  events: readonly { caseVersion: number; type: string; data: Record<string, unknown> }[];
  /** The message those events cause, if any. */
  message?: NewOutboxMessage;
}

/**
 * Stores a new case, its first events and the message they cause in ONE statement (data-modifying
 * CTEs), which PostgreSQL runs atomically: no half-written case, and one round trip instead of
 * six — it matters on PGlite, which runs one statement at a time.
 */
export async function insertCaseWithHistory(db: Db, input: CaseWithHistory): Promise<CaseRow> {
  const values = { ...input.values, updated_at: input.values.recorded_at };
  const columns = Object.keys(values) as (keyof typeof values)[];
  const { origin, message } = input;
  const actorId = origin.actor.type === 'staff' ? origin.actor.staffId : null;
  // Plain VALUES rows and only the parts needed: planning is a large share of a statement's cost
  // on PGlite, and a simple statement plans fastest.
  const eventRows = input.events.map(
    (e) =>
      sql`((SELECT id FROM new_case), ${e.caseVersion}, ${e.type}, ${origin.actor.type}, ${actorId}::uuid, ${origin.channel}, ${origin.at}::timestamptz, ${JSON.stringify(e.data)}::jsonb)`,
  );
  const eventsPart =
    eventRows.length === 0
      ? sql``
      : sql`, new_events AS (
      INSERT INTO case_event (case_id, case_version, type, actor_type, actor_id, channel, occurred_at, data)
      VALUES ${sql.join(eventRows)}
    )`;
  const messagePart = message
    ? sql`, new_message AS (
      INSERT INTO outbox_message (id, case_id, recipient, language, template, payload, message_id, created_at, next_attempt_at)
      VALUES (${message.id}::uuid, (SELECT id FROM new_case), ${message.recipient}, ${message.language}, ${message.template},
              ${JSON.stringify(message.payload)}::jsonb, ${message.messageId}, ${message.at}::timestamptz, ${message.at}::timestamptz)
    )`
    : sql``;
  const result = await sql<CaseRow>`
    WITH new_case AS (
      INSERT INTO complaint_case (${sql.join(columns.map((c) => sql.ref(c)))})
      VALUES (${sql.join(columns.map((c) => values[c] ?? null))})
      RETURNING *
    )${eventsPart}${messagePart}
    SELECT * FROM new_case`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('the new case was not returned');
  return row;
}
