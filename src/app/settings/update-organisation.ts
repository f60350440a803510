import type { OrganisationProfile } from '../../domain/organisation.js';
import { saveOrganisation } from '../../store/settings-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { forgetCachedOrganisation, getOrganisation } from './get-organisation.js';

/** Every setting; those added after the first release may be left out and keep their value. */
type LaterSetting = 'staffShownToCustomers' | 'reminderHoursBefore' | 'automaticProgressNotice';
export type OrganisationSettingsChange = Omit<OrganisationProfile, LaterSetting> &
  Partial<Pick<OrganisationProfile, LaterSetting>>;

/**
 * An admin changes who the organisation is and which regulator it answers to (C11). Every page
 * and message reads these settings from then on; promises already made keep their dates.
 */
export async function updateOrganisation(
  ctx: AppContext,
  staff: StaffMember,
  changes: OrganisationSettingsChange,
): Promise<Outcome<OrganisationProfile>> {
  if (staff.role !== 'admin') return failure({ code: 'FORBIDDEN' });
  const current = await getOrganisation(ctx);
  const settings: OrganisationProfile = {
    ...changes,
    staffShownToCustomers: changes.staffShownToCustomers ?? current.staffShownToCustomers,
    reminderHoursBefore: changes.reminderHoursBefore ?? current.reminderHoursBefore,
    automaticProgressNotice: changes.automaticProgressNotice ?? current.automaticProgressNotice,
  };
  await ctx.db.transaction().execute((trx) => saveOrganisation(trx, settings, ctx.clock()));
  forgetCachedOrganisation(ctx);
  return success(settings);
}
