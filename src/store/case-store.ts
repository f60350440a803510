import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Actor } from '../domain/actor.js';
import type { CaseState } from '../domain/case-lifecycle.js';
import type { EventChannel } from '../domain/channel.js';
import type { Db } from './database.js';
import type { ComplaintCaseTable } from './schema.js';

/** The queries about cases and their events. Each takes the transaction it runs in. */

export type CaseRow = Selectable<ComplaintCaseTable>;

export interface NewEvent {
  type: string;
  data?: Record<string, unknown>;
}

export interface EventOrigin {
  actor: Actor;
  channel: EventChannel;
  at: Date;
}

const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code } = error as { code?: unknown };
  const name = (error as { constraint?: unknown }).constraint;
  const message = error instanceof Error ? error.message : '';
  return code === UNIQUE_VIOLATION && (name === constraint || message.includes(constraint));
}

export type NewCase = Omit<
  Insertable<ComplaintCaseTable>,
  'id' | 'version' | 'updated_at' | 'escalation_level' | 'remedy_promised'
>;

export async function insertCase(trx: Db, values: NewCase): Promise<CaseRow> {
  return trx
    .insertInto('complaint_case')
    .values({
      ...values,
      escalation_level: 1,
      remedy_promised: false,
      updated_at: values.recorded_at,
      version: 1,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Reads a case and locks its row until the transaction ends, so changes to one case queue up. */
export async function findCaseForUpdate(trx: Db, trackingNumber: string): Promise<CaseRow | undefined> {
  return trx
    .selectFrom('complaint_case')
    .selectAll()
    .where('tracking_number', '=', trackingNumber)
    .forUpdate()
    .executeTakeFirst();
}

export async function findCase(db: Db, trackingNumber: string): Promise<CaseRow | undefined> {
  return db
    .selectFrom('complaint_case')
    .selectAll()
    .where('tracking_number', '=', trackingNumber)
    .executeTakeFirst();
}

/** What an acknowledgement is rebuilt from (the mail worker reads many at a time). */
export const ACKNOWLEDGED_CASE_COLUMNS = [
  'id',
  'tracking_number',
  'kind',
  'status',
  'language',
  'channel',
  'customer_name',
  'customer_email',
  'customer_postal_address',
  'customer_type',
  'preferred_contact',
  'received_at',
  'recorded_at',
  'expected_response_by',
  'resolved_at_first_contact',
  'calendar_country',
  'calendar_region',
] as const;
export type AcknowledgedCaseRow = Pick<CaseRow, (typeof ACKNOWLEDGED_CASE_COLUMNS)[number]>;

/**
 * Several cases by tracking number, with the columns an acknowledgement needs and no more: PGlite
 * spends a few microseconds on each value it hands back, and a case row has forty.
 */
export async function findAcknowledgedCases(
  db: Db,
  trackingNumbers: readonly string[],
): Promise<AcknowledgedCaseRow[]> {
  if (trackingNumbers.length === 0) return [];
  return db
    .selectFrom('complaint_case')
    .select(ACKNOWLEDGED_CASE_COLUMNS)
    .where('tracking_number', 'in', [...trackingNumbers])
    .execute();
}

export async function saveCaseState(
  trx: Db,
  row: CaseRow,
  state: CaseState,
  at: Date,
  also: Updateable<ComplaintCaseTable> = {},
): Promise<CaseRow> {
  return trx
    .updateTable('complaint_case')
    .set({
      ...also,
      kind: state.kind,
      status: state.status,
      escalation_level: state.escalationLevel,
      remedy_promised: state.remedyPromised,
      updated_at: at,
      version: row.version + 1,
    })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Appends events for one version of a case, in order. History is never changed afterwards. */
export async function appendEvents(
  trx: Db,
  caseId: string,
  caseVersion: number,
  origin: EventOrigin,
  events: readonly NewEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await trx
    .insertInto('case_event')
    .values(
      events.map((event) => ({
        case_id: caseId,
        case_version: caseVersion,
        type: event.type,
        actor_type: origin.actor.type,
        actor_id: origin.actor.type === 'staff' ? origin.actor.staffId : null,
        channel: origin.channel,
        occurred_at: origin.at,
        data: JSON.stringify(event.data ?? {}),
      })),
    )
    .execute();
}

export async function eventsOfCase(db: Db, caseId: string, afterVersion = 0) {
  return db
    .selectFrom('case_event')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('case_version', '>', afterVersion)
    .orderBy('id')
    .execute();
}

export function caseState(row: CaseRow): CaseState {
  return {
    kind: row.kind,
    status: row.status,
    escalationLevel: row.escalation_level,
    remedyPromised: row.remedy_promised,
    ombudsmanNoticeSent: row.ombudsman_notice_sent_at !== null,
  };
}

export async function firstEventOfType(db: Db, caseId: string, type: string) {
  return db
    .selectFrom('case_event')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('type', '=', type)
    .orderBy('id')
    .executeTakeFirst();
}

/**
 * A change that is not a move in the lifecycle (a note, a logged contact, new contact details):
 * the case gets a new version, with its events and any changed columns.
 */
export async function recordCaseChange(
  trx: Db,
  row: CaseRow,
  origin: EventOrigin,
  events: readonly NewEvent[],
  columns: Updateable<ComplaintCaseTable> = {},
): Promise<CaseRow> {
  const saved = await trx
    .updateTable('complaint_case')
    .set({ ...columns, updated_at: origin.at, version: row.version + 1 })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendEvents(trx, saved.id, saved.version, origin, events);
  return saved;
}

/** An event that changes nothing on the case (someone looked at personal data): same version. */
export async function recordCaseAccess(
  trx: Db,
  row: CaseRow,
  origin: EventOrigin,
  event: NewEvent,
): Promise<void> {
  await appendEvents(trx, row.id, row.version, origin, [event]);
}

/** Every event of a case, oldest first, with the display name of the staff member behind each. */
export async function timelineOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('case_event as e')
    .leftJoin('staff_user as s', 's.id', 'e.actor_id')
    .selectAll('e')
    .select(['s.display_name as actor_name', 's.role as actor_role'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.id')
    .execute();
}

export async function eventOfCase(db: Db, caseId: string, eventId: number) {
  return db
    .selectFrom('case_event')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', eventId)
    .executeTakeFirst();
}

export async function countCases(db: Db): Promise<number> {
  const row = await db
    .selectFrom('complaint_case')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findCaseById(db: Db, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('complaint_case').selectAll().where('id', '=', id).executeTakeFirst();
}

/** C10: the customer was told of the ombudsman; set once, in the transaction of the message. */
export async function markOmbudsmanNoticeSent(trx: Db, caseId: string, at: Date): Promise<void> {
  await trx
    .updateTable('complaint_case')
    .set({ ombudsman_notice_sent_at: at })
    .where('id', '=', caseId)
    .where('ombudsman_notice_sent_at', 'is', null)
    .execute();
}
