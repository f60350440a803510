import type { Db } from './database.js';

/** Stores the earlier case numbers a customer named (C3), linked to the real case where it exists. */
export async function saveReferences(
  trx: Db,
  caseId: string,
  references: readonly { text: string; trackingNumber: string | undefined }[],
): Promise<void> {
  if (references.length === 0) return;
  const numbers = references.map((r) => r.trackingNumber).filter((n): n is string => n !== undefined);
  const found =
    numbers.length === 0
      ? []
      : await trx
          .selectFrom('complaint_case')
          .select(['id', 'tracking_number'])
          .where('tracking_number', 'in', numbers)
          .execute();
  const idByNumber = new Map(found.map((row) => [row.tracking_number, row.id]));
  await trx
    .insertInto('case_reference')
    .values(
      references.map((reference, position) => ({
        case_id: caseId,
        position,
        reference: reference.text,
        referenced_case_id: reference.trackingNumber
          ? (idByNumber.get(reference.trackingNumber) ?? null)
          : null,
      })),
    )
    .execute();
}

/** The earlier cases a case names, with the tracking number of those that exist here (C3). */
export async function referencesOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('case_reference as r')
    .leftJoin('complaint_case as c', 'c.id', 'r.referenced_case_id')
    .select(['r.reference', 'c.tracking_number'])
    .where('r.case_id', '=', caseId)
    .orderBy('r.position')
    .execute();
}
