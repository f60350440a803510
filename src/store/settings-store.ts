import type { OrganisationProfile } from '../domain/organisation.js';
import type { CanadianRegion } from '../domain/region.js';
import type { Db } from './database.js';

/**
 * The organisation's settings: one row, plus its closure days. The days to an outcome live in the
 * policy since migration 11 (the two old columns are read once, when it runs).
 */
export async function loadOrganisation(db: Db): Promise<OrganisationProfile> {
  const row = await db
    .selectFrom('organisation_settings')
    .selectAll()
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  const closures = await db.selectFrom('organisation_closure_day').select('day').orderBy('day').execute();
  return {
    name: row.name,
    complaintsPhone: row.complaints_phone,
    postalAddress: row.postal_address,
    website: row.website,
    defaultRegion: row.default_region as CanadianRegion,
    trackingPrefix: row.tracking_prefix,
    responseBusinessDays: { complaint: row.complaint_business_days, inquiry: row.inquiry_business_days },
    ombudsman: { name: row.ombudsman_name, website: row.ombudsman_website, phone: row.ombudsman_phone },
    closureDays: closures.map((c) => c.day),
    staffShownToCustomers: row.staff_shown_to_customers,
    reminderHoursBefore: row.reminder_hours_before,
    automaticProgressNotice: row.automatic_progress_notice,
    activePolicyId: row.active_policy_id,
  };
}

/** Replaces the settings and the closure days (call inside a transaction). */
export async function saveOrganisation(trx: Db, settings: OrganisationProfile, at: Date): Promise<void> {
  await trx
    .updateTable('organisation_settings')
    .set({
      name: settings.name,
      complaints_phone: settings.complaintsPhone,
      postal_address: settings.postalAddress,
      website: settings.website,
      default_region: settings.defaultRegion,
      tracking_prefix: settings.trackingPrefix,
      ombudsman_name: settings.ombudsman.name,
      ombudsman_website: settings.ombudsman.website,
      ombudsman_phone: settings.ombudsman.phone,
      staff_shown_to_customers: settings.staffShownToCustomers,
      reminder_hours_before: settings.reminderHoursBefore,
      automatic_progress_notice: settings.automaticProgressNotice,
      updated_at: at,
    })
    .where('id', '=', 1)
    .execute();
  await trx.deleteFrom('organisation_closure_day').execute();
  const days = [...new Set(settings.closureDays)];
  if (days.length > 0)
    await trx
      .insertInto('organisation_closure_day')
      .values(days.map((day) => ({ day })))
      .execute();
}
