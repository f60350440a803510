import type { OrganisationProfile } from '../domain/organisation.js';
import type { CanadianRegion } from '../domain/region.js';
import type { Db } from './database.js';

/** The organisation's settings: one row, plus its closure days. */
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
  };
}
