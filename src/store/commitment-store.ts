import { sql } from 'kysely';
import type { Case } from '../domain/case.js';
import type { AlarmKind, Commitment } from '../domain/commitment-watch.js';
import type { StaffUser } from '../domain/staff-user.js';
import { caseOf } from './case-store.js';
import type { Db } from './database.js';

/**
 * Cases whose next alarm check has come, locked for this transaction. SKIP LOCKED: a case another
 * instance (or a staff member's change) holds is left for the next pass instead of waited for.
 */
export async function claimCasesToCheck(trx: Db, now: Date, limit: number): Promise<Case[]> {
  const rows = await trx
    .selectFrom('complaint_case')
    .selectAll()
    .where('alarm_check_at', '<=', now)
    .orderBy('alarm_check_at')
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  return rows.map(caseOf);
}

/** When the sweep should look at the case again (null: not until it changes). */
export async function setAlarmCheck(trx: Db, caseId: string, at: Date | null): Promise<void> {
  await trx.updateTable('complaint_case').set({ alarm_check_at: at }).where('id', '=', caseId).execute();
}

/** After a change to the settings that move alarm moments (reminder time, closure days): look again. */
export async function recheckAllAlarms(db: Db): Promise<void> {
  await db
    .updateTable('complaint_case')
    .set({ alarm_check_at: sql<Date>`'-infinity'::timestamptz` })
    .where('alarm_check_at', 'is not', null)
    .execute();
}

/** Records that an alarm fired; false when it had fired already (the unique key decides). */
export async function recordAlarm(
  trx: Db,
  alarm: { caseId: string; commitment: Commitment; dueOn: string; kind: AlarmKind; at: Date },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('commitment_alarm')
    .values({
      case_id: alarm.caseId,
      commitment: alarm.commitment,
      due_on: alarm.dueOn,
      kind: alarm.kind,
      fired_at: alarm.at,
    })
    .onConflict((oc) => oc.constraint('commitment_alarm_once').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Which alarms have already fired for these cases (to skip work the unique key would refuse). */
export async function firedAlarms(db: Db, caseIds: readonly string[]): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('commitment_alarm')
    .select(['case_id', 'commitment', 'due_on', 'kind'])
    .where('case_id', 'in', [...caseIds])
    .execute();
  return new Set(rows.map((r) => alarmKey(r.case_id, r.commitment, r.due_on, r.kind)));
}

export function alarmKey(caseId: string, commitment: string, dueOn: string, kind: string): string {
  return `${caseId}|${commitment}|${dueOn}|${kind}`;
}

/** The delay notice the owner still owes on a case (C8), if any. */
export async function openDelayTask(db: Db, caseId: string) {
  return db
    .selectFrom('commitment_alarm')
    .select(['due_on as dueOn', 'fired_at as firedAt'])
    .where('case_id', '=', caseId)
    .where('kind', '=', 'delay_task')
    .where('done_at', 'is', null)
    .orderBy('due_on', 'desc')
    .executeTakeFirst();
}

/** The owner sent the delay notice (or the outcome): the task is done. */
export async function completeDelayTasks(trx: Db, caseId: string, at: Date): Promise<void> {
  await trx
    .updateTable('commitment_alarm')
    .set({ done_at: at })
    .where('case_id', '=', caseId)
    .where('kind', '=', 'delay_task')
    .where('done_at', 'is', null)
    .execute();
}

/** Who hears of a breach: the senior managers of the owner's team, else the heads of support. */
/** Who is told of a missed promise: the team's senior managers, else the heads of support. */
export async function managersToTell(
  db: Db,
  teamId: string | null,
): Promise<Pick<StaffUser, 'id' | 'email' | 'displayName' | 'language'>[]> {
  if (teamId) {
    const managers = await db
      .selectFrom('staff_user')
      .select(['id', 'email', 'display_name as displayName', 'language'])
      .where('team_id', '=', teamId)
      .where('role', '=', 'senior_manager')
      .where('active', '=', true)
      .execute();
    if (managers.length > 0) return managers;
  }
  return db
    .selectFrom('staff_user')
    .select(['id', 'email', 'display_name as displayName', 'language'])
    .where('role', '=', 'head_of_support')
    .where('active', '=', true)
    .execute();
}
