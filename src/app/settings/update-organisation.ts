import type { OrganisationProfile } from '../../domain/organisation.js';
import { investigationDays, withInvestigationDays } from '../../domain/policy.js';
import { recheckAllAlarms } from '../../store/commitment-store.js';
import {
  insertPolicyVersion,
  latestPolicyVersions,
  lockPolicy,
  setActivePolicy,
} from '../../store/policy-store.js';
import { saveOrganisation } from '../../store/settings-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { forgetPolicyInForce } from '../policies/policy-in-force.js';
import { forgetCachedOrganisation, getOrganisation } from './get-organisation.js';

/** Every setting; those added after the first release may be left out and keep their value. */
type LaterSetting =
  | 'staffShownToCustomers'
  | 'reminderHoursBefore'
  | 'automaticProgressNotice'
  | 'activePolicyId';
export type OrganisationSettingsChange = Omit<OrganisationProfile, LaterSetting> &
  Partial<Pick<OrganisationProfile, LaterSetting>>;

/**
 * An admin changes who the organisation is and which regulator it answers to (C11). Every page
 * and message reads these settings from then on; promises already made keep their dates.
 *
 * Two settings belong to the policy (C6): the policy in force, and its days to an outcome. A new
 * policy brings its ombudsman's details unless the admin changed them in the same step; new days
 * become the policy's next version. All of it in one transaction.
 */
export async function updateOrganisation(
  ctx: AppContext,
  staff: StaffMember,
  changes: OrganisationSettingsChange,
): Promise<Outcome<OrganisationProfile>> {
  if (staff.role !== 'admin') return failure({ code: 'FORBIDDEN' });
  const current = await getOrganisation(ctx);
  const policyId = changes.activePolicyId ?? current.activePolicyId;
  const [policy] = await latestPolicyVersions(ctx.db, policyId);
  if (!policy)
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/activePolicyId', rule: 'invalid' }] });
  const switching = policyId !== current.activePolicyId;
  const ombudsmanUntouched = JSON.stringify(changes.ombudsman) === JSON.stringify(current.ombudsman);
  const days = switching ? investigationDays(policy.rules) : changes.responseBusinessDays;
  const settings: OrganisationProfile = {
    ...changes,
    ombudsman:
      switching && ombudsmanUntouched
        ? {
            name: policy.rules.ombudsman.name,
            website: policy.rules.ombudsman.website,
            phone: policy.rules.ombudsman.phone,
          }
        : changes.ombudsman,
    responseBusinessDays: days,
    staffShownToCustomers: changes.staffShownToCustomers ?? current.staffShownToCustomers,
    reminderHoursBefore: changes.reminderHoursBefore ?? current.reminderHoursBefore,
    automaticProgressNotice: changes.automaticProgressNotice ?? current.automaticProgressNotice,
    activePolicyId: policyId,
  };
  const before = investigationDays(policy.rules);
  await ctx.db.transaction().execute(async (trx) => {
    await saveOrganisation(trx, settings, ctx.clock());
    if (switching) await setActivePolicy(trx, policyId);
    if (days.complaint !== before.complaint || days.inquiry !== before.inquiry) {
      await lockPolicy(trx, policyId);
      await insertPolicyVersion(trx, {
        policyId,
        rules: withInvestigationDays(policy.rules, days),
        note: 'Days to an outcome changed in the organisation settings',
        at: ctx.clock(),
        staffId: staff.id,
      });
    }
  });
  // Reminder time and closure days move alarm moments: the sweep looks at every case again.
  if (
    settings.reminderHoursBefore !== current.reminderHoursBefore ||
    JSON.stringify(settings.closureDays) !== JSON.stringify(current.closureDays)
  )
    await recheckAllAlarms(ctx.db);
  forgetPolicyInForce(ctx);
  forgetCachedOrganisation(ctx);
  return success(settings);
}
