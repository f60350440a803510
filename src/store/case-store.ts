import type { Selectable, Updateable } from 'kysely';
import type { Actor } from '../domain/actor.js';
import type { Case, CaseFields, NewCase } from '../domain/case.js';
import type { CaseEvent, TimelineEvent } from '../domain/case-event.js';
import type { CaseState } from '../domain/case-lifecycle.js';
import type { EventChannel } from '../domain/channel.js';
import type { Db } from './database.js';
import type { CaseEventTable, ComplaintCaseTable } from './schema.js';

/** The queries about cases and their events. Each takes the transaction it runs in. */

type CaseRow = Selectable<ComplaintCaseTable>;

/** Each field of a case and the column it is kept in: the one place the two names meet. */
export const CASE_COLUMN = {
  id: 'id',
  trackingNumber: 'tracking_number',
  kind: 'kind',
  status: 'status',
  escalationLevel: 'escalation_level',
  remedyPromised: 'remedy_promised',
  channel: 'channel',
  language: 'language',
  receivedAt: 'received_at',
  recordedAt: 'recorded_at',
  updatedAt: 'updated_at',
  version: 'version',
  customerName: 'customer_name',
  customerEmail: 'customer_email',
  customerPhone: 'customer_phone',
  customerPostalAddress: 'customer_postal_address',
  customerAccountNumber: 'customer_account_number',
  customerType: 'customer_type',
  customerRegion: 'customer_region',
  service: 'service',
  category: 'category',
  description: 'description',
  history: 'history',
  desiredOutcome: 'desired_outcome',
  preferredContact: 'preferred_contact',
  calendarRegion: 'calendar_region',
  calendarCountry: 'calendar_country',
  urgentReason: 'urgent_reason',
  alarmCheckAt: 'alarm_check_at',
  acknowledgedAt: 'acknowledged_at',
  expectedResponseBy: 'expected_response_by',
  resolvedAtFirstContact: 'resolved_at_first_contact',
  ownerId: 'owner_id',
  teamId: 'team_id',
  nextUpdateBy: 'next_update_by',
  dueOn: 'due_on',
  ombudsmanNoticeSentAt: 'ombudsman_notice_sent_at',
  policyId: 'policy_id',
  policyVersion: 'policy_version',
} as const satisfies { [K in keyof Case]: keyof CaseRow };

/** The named fields of a case, each read from its column. */
function fieldsOf<F extends keyof Case>(
  row: Pick<CaseRow, (typeof CASE_COLUMN)[F]>,
  fields: readonly F[],
): Pick<Case, F> {
  const kase: Record<string, unknown> = {};
  for (const field of fields) kase[field] = row[CASE_COLUMN[field]];
  // Each field from the column CASE_COLUMN names for it (the compiler checks the list covers Case).
  return kase as Pick<Case, F>;
}

const CASE_FIELDS = Object.keys(CASE_COLUMN) as (keyof Case)[];

/** A stored case as the application's `Case`. */
export function caseOf(row: CaseRow): Case {
  return fieldsOf(row, CASE_FIELDS);
}

function columnsOf(fields: Partial<Case>): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value !== undefined) columns[CASE_COLUMN[field as keyof Case]] = value;
  }
  return columns;
}

/** The columns to write for some fields of a case (each field's value as it is, under its column's name). */
export function caseColumns(fields: CaseFields): Updateable<ComplaintCaseTable> {
  return columnsOf(fields) as Updateable<ComplaintCaseTable>;
}

/** A new case as the columns of its row (as JSON: `case-insert.ts` writes many in one statement). */
export function newCaseColumns(values: NewCase): Record<string, unknown> {
  return columnsOf(values);
}

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

/** Reads a case and locks its row until the transaction ends, so changes to one case queue up. */
export async function findCaseForUpdate(trx: Db, trackingNumber: string): Promise<Case | undefined> {
  const row = await trx
    .selectFrom('complaint_case')
    .selectAll()
    .where('tracking_number', '=', trackingNumber)
    .forUpdate()
    .executeTakeFirst();
  return row && caseOf(row);
}

export async function findCase(db: Db, trackingNumber: string): Promise<Case | undefined> {
  const row = await db
    .selectFrom('complaint_case')
    .selectAll()
    .where('tracking_number', '=', trackingNumber)
    .executeTakeFirst();
  return row && caseOf(row);
}

/** What an acknowledgement is rebuilt from (the mail worker reads many at a time). */
export const ACKNOWLEDGED_CASE_FIELDS = [
  'id',
  'trackingNumber',
  'kind',
  'status',
  'language',
  'channel',
  'customerName',
  'customerEmail',
  'customerPostalAddress',
  'customerType',
  'preferredContact',
  'receivedAt',
  'recordedAt',
  'expectedResponseBy',
  'resolvedAtFirstContact',
  'calendarCountry',
  'calendarRegion',
] as const satisfies readonly (keyof Case)[];
export type AcknowledgedCase = Pick<Case, (typeof ACKNOWLEDGED_CASE_FIELDS)[number]>;

/** Several cases by tracking number, with the fields an acknowledgement needs and no more. */
export async function findAcknowledgedCases(
  db: Db,
  trackingNumbers: readonly string[],
): Promise<AcknowledgedCase[]> {
  if (trackingNumbers.length === 0) return [];
  const rows = await db
    .selectFrom('complaint_case')
    .select(ACKNOWLEDGED_CASE_FIELDS.map((field) => CASE_COLUMN[field]))
    .where('tracking_number', 'in', [...trackingNumbers])
    .execute();
  return rows.map((row) => fieldsOf(row, ACKNOWLEDGED_CASE_FIELDS));
}

export async function saveCaseState(
  trx: Db,
  row: Case,
  state: CaseState,
  at: Date,
  also: CaseFields = {},
): Promise<Case> {
  const saved = await trx
    .updateTable('complaint_case')
    .set({
      ...caseColumns(also),
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
  return caseOf(saved);
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

type CaseEventRow = Selectable<CaseEventTable>;

function caseEventOf(row: CaseEventRow): CaseEvent {
  return {
    id: Number(row.id),
    caseId: row.case_id,
    caseVersion: row.case_version,
    type: row.type,
    actorType: row.actor_type,
    actorId: row.actor_id,
    channel: row.channel,
    occurredAt: row.occurred_at,
    data: row.data,
  };
}

export async function eventsOfCase(db: Db, caseId: string, afterVersion = 0): Promise<CaseEvent[]> {
  const rows = await db
    .selectFrom('case_event')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('case_version', '>', afterVersion)
    .orderBy('id')
    .execute();
  return rows.map(caseEventOf);
}

export function caseState(kase: Case): CaseState {
  return {
    kind: kase.kind,
    status: kase.status,
    escalationLevel: kase.escalationLevel,
    remedyPromised: kase.remedyPromised,
    ombudsmanNoticeSent: kase.ombudsmanNoticeSentAt !== null,
  };
}

export async function firstEventOfType(db: Db, caseId: string, type: string): Promise<CaseEvent | undefined> {
  const row = await db
    .selectFrom('case_event')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('type', '=', type)
    .orderBy('id')
    .executeTakeFirst();
  return row && caseEventOf(row);
}

/**
 * A change that is not a move in the lifecycle (a note, a logged contact, new contact details):
 * the case gets a new version, with its events and any changed columns.
 */
export async function recordCaseChange(
  trx: Db,
  row: Case,
  origin: EventOrigin,
  events: readonly NewEvent[],
  fields: CaseFields = {},
): Promise<Case> {
  const saved = await trx
    .updateTable('complaint_case')
    .set({ ...caseColumns(fields), updated_at: origin.at, version: row.version + 1 })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendEvents(trx, saved.id, saved.version, origin, events);
  return caseOf(saved);
}

/** An event that changes nothing on the case (someone looked at personal data): same version. */
export async function recordCaseAccess(
  trx: Db,
  row: Pick<Case, 'id' | 'version'>,
  origin: EventOrigin,
  event: NewEvent,
): Promise<void> {
  await appendEvents(trx, row.id, row.version, origin, [event]);
}

/** Every event of a case, oldest first, with the display name of the staff member behind each. */
export async function timelineOfCase(db: Db, caseId: string): Promise<TimelineEvent[]> {
  const rows = await db
    .selectFrom('case_event as e')
    .leftJoin('staff_user as s', 's.id', 'e.actor_id')
    .selectAll('e')
    .select(['s.display_name as actor_name', 's.role as actor_role'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.id')
    .execute();
  return rows.map(({ actor_name, actor_role, ...row }) => ({
    ...caseEventOf(row),
    actorName: actor_name,
    actorRole: actor_role,
  }));
}

export async function eventOfCase(db: Db, caseId: string, eventId: number): Promise<CaseEvent | undefined> {
  const row = await db
    .selectFrom('case_event')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', eventId)
    .executeTakeFirst();
  return row && caseEventOf(row);
}

export async function countCases(db: Db): Promise<number> {
  const row = await db
    .selectFrom('complaint_case')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A case by its id, locked until the transaction ends. */
export async function findCaseByIdForUpdate(trx: Db, id: string): Promise<Case | undefined> {
  const row = await trx
    .selectFrom('complaint_case')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row && caseOf(row);
}

export async function findCaseById(db: Db, id: string): Promise<Case | undefined> {
  const row = await db.selectFrom('complaint_case').selectAll().where('id', '=', id).executeTakeFirst();
  return row && caseOf(row);
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
