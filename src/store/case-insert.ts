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
  const events = JSON.stringify(
    input.events.map((e) => ({ case_version: e.caseVersion, type: e.type, data: e.data })),
  );
  const result = await sql<CaseRow>`
    WITH new_case AS (
      INSERT INTO complaint_case (${sql.join(columns.map((c) => sql.ref(c)))})
      VALUES (${sql.join(columns.map((c) => values[c] ?? null))})
      RETURNING *
    ),
    new_events AS (
      INSERT INTO case_event (case_id, case_version, type, actor_type, actor_id, channel, occurred_at, data)
      SELECT new_case.id, e.case_version, e.type, ${origin.actor.type}, ${origin.actor.type === 'staff' ? origin.actor.staffId : null}::uuid,
             ${origin.channel}, ${origin.at}::timestamptz, e.data
      FROM new_case,
           ROWS FROM (jsonb_to_recordset(${events}::jsonb) AS (case_version integer, type text, data jsonb))
             WITH ORDINALITY AS e(case_version, type, data, n)
      ORDER BY e.n
    ),
    new_message AS (
      INSERT INTO outbox_message (id, case_id, recipient, language, template, payload, message_id, created_at, next_attempt_at)
      SELECT ${message?.id ?? null}::uuid, new_case.id, ${message?.recipient ?? null}, ${message?.language ?? null},
             ${message?.template ?? null}, ${JSON.stringify(message?.payload ?? {})}::jsonb, ${message?.messageId ?? null},
             ${message?.at ?? null}::timestamptz, ${message?.at ?? null}::timestamptz
      FROM new_case
      WHERE ${message !== undefined}
    )
    SELECT * FROM new_case`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('the new case was not returned');
  return row;
}
