import type { Db } from './database.js';

/** The earlier cases a case names, with the tracking number of those that exist here (C3). */
export async function referencesOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('case_reference as r')
    .leftJoin('complaint_case as c', 'c.id', 'r.referenced_case_id')
    .select(['r.reference', 'c.tracking_number as trackingNumber'])
    .where('r.case_id', '=', caseId)
    .orderBy('r.position')
    .execute();
}
