import type { EligibilityRule } from '../../domain/ccts-eligibility.js';
import { may } from '../../domain/permissions.js';
import { eligibilityRules, replaceEligibilityRules } from '../../store/eligibility-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';

/** The CCTS eligibility table (C10), readable by staff. */
export async function getEligibilityRules(ctx: AppContext): Promise<EligibilityRule[]> {
  return eligibilityRules(ctx.db);
}

/** An admin edits the table; customers' notices follow it from then on. */
export async function updateEligibilityRules(
  ctx: AppContext,
  staff: StaffMember,
  rules: readonly EligibilityRule[],
): Promise<Outcome<EligibilityRule[]>> {
  if (!may(staff.role, 'settings.manage')) return failure({ code: 'FORBIDDEN' });
  await ctx.db.transaction().execute((trx) => replaceEligibilityRules(trx, rules));
  return success(await eligibilityRules(ctx.db));
}
