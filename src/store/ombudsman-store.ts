import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Case } from '../domain/case.js';
import { caseOf } from './case-store.js';
import type { Db } from './database.js';
import type { OmbudsmanCaseTable } from './schema.js';

export type OmbudsmanCaseRow = Selectable<OmbudsmanCaseTable>;

/** Undefined when the ombudsman's reference is already recorded. */
export async function insertOmbudsmanCase(
  trx: Db,
  values: Insertable<OmbudsmanCaseTable>,
): Promise<OmbudsmanCaseRow | undefined> {
  return trx
    .insertInto('ombudsman_case')
    .values(values)
    .onConflict((oc) => oc.constraint('ombudsman_case_reference_unique').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function findOmbudsmanCase(db: Db, reference: string): Promise<OmbudsmanCaseRow | undefined> {
  return db.selectFrom('ombudsman_case').selectAll().where('reference', '=', reference).executeTakeFirst();
}

export async function updateOmbudsmanCaseRow(
  trx: Db,
  id: string,
  changes: Updateable<OmbudsmanCaseTable>,
): Promise<OmbudsmanCaseRow> {
  return trx
    .updateTable('ombudsman_case')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function ombudsmanCasesOf(db: Db, caseId: string): Promise<OmbudsmanCaseRow[]> {
  return db
    .selectFrom('ombudsman_case')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
}

/** The list billing systems and managers read: with the case's tracking and account numbers. */
export async function listOmbudsmanCases(db: Db, filter: { open?: boolean; chargesOnHold?: boolean }) {
  let q = db
    .selectFrom('ombudsman_case as o')
    .innerJoin('complaint_case as c', 'c.id', 'o.case_id')
    .selectAll('o')
    .select(['c.tracking_number', 'c.customer_account_number']);
  if (filter.open !== undefined) q = q.where('o.closed_at', filter.open ? 'is' : 'is not', null);
  if (filter.chargesOnHold !== undefined) q = q.where('o.charges_on_hold', '=', filter.chargesOnHold);
  return q.orderBy('o.report_due_on').orderBy('o.id').limit(1000).execute();
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
  claimed: { ombudsman: OmbudsmanCaseRow; row: Case }[];
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
  const claimed: { ombudsman: OmbudsmanCaseRow; row: Case }[] = [];
  for (const ombudsman of due) {
    const row = await trx
      .selectFrom('complaint_case')
      .selectAll()
      .where('id', '=', ombudsman.case_id)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (row) claimed.push({ ombudsman, row: caseOf(row) });
  }
  const last = due.at(-1);
  return { claimed, last: last ? { reportDueOn: last.report_due_on, id: last.id } : null };
}
