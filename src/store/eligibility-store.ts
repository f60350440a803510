import type { EligibilityRule } from '../domain/ccts-eligibility.js';
import type { Db } from './database.js';

export async function eligibilityRules(db: Db): Promise<EligibilityRule[]> {
  const rows = await db.selectFrom('ccts_eligibility_rule').selectAll().orderBy('position').execute();
  return rows.map((r) => ({
    customerType: r.customer_type as EligibilityRule['customerType'],
    service: r.service as EligibilityRule['service'],
    category: r.category as EligibilityRule['category'],
    eligible: r.eligible,
    reason: r.reason as EligibilityRule['reason'],
  }));
}

/** Replaces the whole table, in the given order (inside the caller's transaction). */
export async function replaceEligibilityRules(trx: Db, rules: readonly EligibilityRule[]): Promise<void> {
  await trx.deleteFrom('ccts_eligibility_rule').execute();
  if (rules.length === 0) return;
  await trx
    .insertInto('ccts_eligibility_rule')
    .values(
      rules.map((r, position) => ({
        position,
        customer_type: r.customerType,
        service: r.service,
        category: r.category,
        eligible: r.eligible,
        reason: r.eligible ? null : (r.reason ?? 'other'),
      })),
    )
    .execute();
}
