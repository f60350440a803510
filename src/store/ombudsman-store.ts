import { type Selectable, sql } from 'kysely';
import type { Case } from '../domain/case.js';
import type { OmbudsmanCaseChange, OmbudsmanCaseRecord } from '../domain/ombudsman-case.js';
import { caseOf } from './case-store.js';
import type { Db } from './database.js';
import type { OmbudsmanCaseTable } from './schema.js';

type OmbudsmanCaseRow = Selectable<OmbudsmanCaseTable>;

function referralOf(row: OmbudsmanCaseRow): OmbudsmanCaseRecord {
  return {
    id: row.id,
    caseId: row.case_id,
    reference: row.reference,
    stage: row.stage,
    receivedAt: row.received_at,
    objectionDueOn: row.objection_due_on,
    reportDueOn: row.report_due_on,
    objectionAnsweredAt: row.objection_answered_at,
    reportedAt: row.reported_at,
    chargesOnHold: row.charges_on_hold,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Undefined when the ombudsman's reference is already recorded. */
export async function insertOmbudsmanCase(
  trx: Db,
  referral: Omit<OmbudsmanCaseRecord, 'id' | 'objectionAnsweredAt' | 'reportedAt' | 'closedAt'>,
): Promise<OmbudsmanCaseRecord | undefined> {
  const row = await trx
    .insertInto('ombudsman_case')
    .values({
      case_id: referral.caseId,
      reference: referral.reference,
      stage: referral.stage,
      received_at: referral.receivedAt,
      objection_due_on: referral.objectionDueOn,
      report_due_on: referral.reportDueOn,
      charges_on_hold: referral.chargesOnHold,
      created_at: referral.createdAt,
      updated_at: referral.updatedAt,
    })
    .onConflict((oc) => oc.constraint('ombudsman_case_reference_unique').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row && referralOf(row);
}

export async function findOmbudsmanCase(db: Db, reference: string): Promise<OmbudsmanCaseRecord | undefined> {
  const row = await db
    .selectFrom('ombudsman_case')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirst();
  return row && referralOf(row);
}

export async function saveOmbudsmanCaseChange(
  trx: Db,
  id: string,
  change: OmbudsmanCaseChange,
): Promise<OmbudsmanCaseRecord> {
  const row = await trx
    .updateTable('ombudsman_case')
    .set({
      ...(change.stage !== undefined ? { stage: change.stage } : {}),
      ...(change.chargesOnHold !== undefined ? { charges_on_hold: change.chargesOnHold } : {}),
      ...(change.objectionAnsweredAt !== undefined
        ? { objection_answered_at: change.objectionAnsweredAt }
        : {}),
      ...(change.reportedAt !== undefined ? { reported_at: change.reportedAt } : {}),
      ...(change.closedAt !== undefined ? { closed_at: change.closedAt } : {}),
      ...(change.updatedAt !== undefined ? { updated_at: change.updatedAt } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return referralOf(row);
}

export async function ombudsmanCasesOf(db: Db, caseId: string): Promise<OmbudsmanCaseRecord[]> {
  const rows = await db
    .selectFrom('ombudsman_case')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
  return rows.map(referralOf);
}

/** The list billing systems and managers read: with the case's tracking and account numbers. */
export async function listOmbudsmanCases(
  db: Db,
  filter: { open?: boolean; chargesOnHold?: boolean },
): Promise<(OmbudsmanCaseRecord & { trackingNumber: string; customerAccountNumber: string | null })[]> {
  let q = db
    .selectFrom('ombudsman_case as o')
    .innerJoin('complaint_case as c', 'c.id', 'o.case_id')
    .selectAll('o')
    .select(['c.tracking_number', 'c.customer_account_number']);
  if (filter.open !== undefined) q = q.where('o.closed_at', filter.open ? 'is' : 'is not', null);
  if (filter.chargesOnHold !== undefined) q = q.where('o.charges_on_hold', '=', filter.chargesOnHold);
  const rows = await q.orderBy('o.report_due_on').orderBy('o.id').limit(1000).execute();
  return rows.map(({ tracking_number, customer_account_number, ...row }) => ({
    ...referralOf(row),
    trackingNumber: tracking_number,
    customerAccountNumber: customer_account_number,
  }));
}

/**
 * Open ombudsman cases with a deadline not yet met on or before `horizon`, with their case locked
 * (SKIP LOCKED: a case another instance or a staff member holds waits for the next sweep).
 */
export async function claimDueOmbudsmanCases(
  trx: Db,
  horizon: string,
  after: { reportDueOn: string; id: string } | null,
  limit: number,
): Promise<{
  claimed: { ombudsman: OmbudsmanCaseRecord; row: Case }[];
  last: { reportDueOn: string; id: string } | null;
}> {
  let q = trx.selectFrom('ombudsman_case');
  if (after) q = q.where(sql<boolean>`(report_due_on, id) > (${after.reportDueOn}::date, ${after.id}::uuid)`);
  const due = await q
    .selectAll()
    .where('closed_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('objection_answered_at', 'is', null), eb('objection_due_on', '<=', horizon)]),
        eb.and([eb('reported_at', 'is', null), eb('report_due_on', '<=', horizon)]),
      ]),
    )
    .orderBy('report_due_on')
    .orderBy('id')
    .limit(limit)
    .execute();
  const claimed: { ombudsman: OmbudsmanCaseRecord; row: Case }[] = [];
  for (const ombudsman of due) {
    const row = await trx
      .selectFrom('complaint_case')
      .selectAll()
      .where('id', '=', ombudsman.case_id)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (row) claimed.push({ ombudsman: referralOf(ombudsman), row: caseOf(row) });
  }
  const last = due.at(-1);
  return { claimed, last: last ? { reportDueOn: last.report_due_on, id: last.id } : null };
}
