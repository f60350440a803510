import { may } from '../../domain/permissions.js';
import { type PolicyRules, type PolicyVersion, policyProblems } from '../../domain/policy.js';
import {
  activePolicyId,
  insertPolicyVersion,
  latestPolicyVersions,
  lockPolicy,
  policyHistory,
  setActivePolicy,
} from '../../store/policy-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { forgetCachedOrganisation } from '../settings/get-organisation.js';
import { forgetPolicyInForce } from './policy-in-force.js';

export interface PolicySummary extends PolicyVersion {
  active: boolean;
}

export interface PolicyDetail extends PolicySummary {
  history: { version: number; note: string; createdAt: string; createdBy: string | null }[];
}

/** Every policy the organisation can run, at its newest version; which one is in force. */
export async function listPolicies(ctx: AppContext, staff: StaffMember): Promise<Outcome<PolicySummary[]>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  const [versions, active] = await Promise.all([latestPolicyVersions(ctx.db), activePolicyId(ctx.db)]);
  return success(versions.map((v) => ({ ...v, active: v.policyId === active })));
}

export async function getPolicy(
  ctx: AppContext,
  staff: StaffMember,
  policyId: string,
): Promise<Outcome<PolicyDetail>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  const [latest] = await latestPolicyVersions(ctx.db, policyId);
  if (!latest) return failure({ code: 'NOT_FOUND', entity: 'policy' });
  const [history, active] = await Promise.all([policyHistory(ctx.db, policyId), activePolicyId(ctx.db)]);
  return success({
    ...latest,
    active: active === policyId,
    history: history.map((h) => ({
      version: h.version,
      note: h.note,
      createdAt: h.createdAt.toISOString(),
      createdBy: h.createdByName,
    })),
  });
}

/**
 * An admin adjusts a policy: the rules become its next version. Cases already acknowledged keep
 * the version they were promised under; new ones get this one (if the policy is in force).
 */
export async function addPolicyVersion(
  ctx: AppContext,
  staff: StaffMember,
  policyId: string,
  change: { rules: PolicyRules; note: string; activate?: boolean },
): Promise<Outcome<PolicyDetail>> {
  if (!may(staff.role, 'settings.manage')) return failure({ code: 'FORBIDDEN' });
  const problems = policyProblems(change.rules);
  if (problems.length > 0) return failure({ code: 'INVALID_INPUT', fields: problems });
  const found = await ctx.db.transaction().execute(async (trx) => {
    if (!(await lockPolicy(trx, policyId))) return false;
    await insertPolicyVersion(trx, {
      policyId,
      rules: change.rules,
      note: change.note,
      at: ctx.clock(),
      staffId: staff.id,
    });
    if (change.activate) await setActivePolicy(trx, policyId);
    return true;
  });
  if (!found) return failure({ code: 'NOT_FOUND', entity: 'policy' });
  forgetPolicyInForce(ctx);
  forgetCachedOrganisation(ctx);
  return getPolicy(ctx, staff, policyId);
}

/** An admin picks the policy the organisation runs (its newest version applies to new cases). */
export async function activatePolicy(
  ctx: AppContext,
  staff: StaffMember,
  policyId: string,
): Promise<Outcome<PolicyDetail>> {
  if (!may(staff.role, 'settings.manage')) return failure({ code: 'FORBIDDEN' });
  const [latest] = await latestPolicyVersions(ctx.db, policyId);
  if (!latest) return failure({ code: 'NOT_FOUND', entity: 'policy' });
  await ctx.db.transaction().execute((trx) => setActivePolicy(trx, policyId));
  forgetPolicyInForce(ctx);
  forgetCachedOrganisation(ctx);
  return getPolicy(ctx, staff, policyId);
}
