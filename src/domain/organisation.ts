import type { CaseKind } from './case-lifecycle.js';
import type { CanadianRegion } from './region.js';

/**
 * Who the customer is dealing with, and the regulator behind them (C11). Every page and message
 * reads these settings; the defaults are those of the code of conduct this product started from.
 */
export interface OrganisationProfile {
  name: string;
  complaintsPhone: string;
  postalAddress: string;
  website: string;
  /** The region whose calendar applies to a customer who gave none. */
  defaultRegion: CanadianRegion;
  trackingPrefix: string;
  responseBusinessDays: Readonly<Record<CaseKind, number>>;
  ombudsman: { name: string; website: string; phone: string };
  /** The organisation's own closed days, `YYYY-MM-DD`. */
  closureDays: readonly string[];
  /** How customers see the staff member who acted on their case (C7): role only, or first name too. */
  staffShownToCustomers: StaffShownToCustomers;
  /** C7: how long before a promised date its owner is reminded. */
  reminderHoursBefore: number;
  /** C7: whether a missed update sends the customer a short automatic progress notice. */
  automaticProgressNotice: boolean;
  /** C6: the policy the organisation runs (its newest version applies to new cases). */
  activePolicyId: string;
}

export const STAFF_SHOWN_TO_CUSTOMERS = ['role', 'first_name'] as const;
export type StaffShownToCustomers = (typeof STAFF_SHOWN_TO_CUSTOMERS)[number];

export const DEFAULT_ORGANISATION: OrganisationProfile = {
  name: 'Jive Canada',
  complaintsPhone: '866-671-0111',
  postalAddress: 'Complaints Department, GoTo, 333 Summer Street, 5th Floor, Boston, MA 02210',
  website: '',
  defaultRegion: 'ON',
  trackingPrefix: 'RDX',
  responseBusinessDays: { complaint: 10, inquiry: 3 },
  ombudsman: {
    name: 'Commission for Complaints for Telecom-television Services (CCTS)',
    website: 'https://www.ccts-cprst.ca',
    phone: '1-888-221-1687',
  },
  closureDays: [],
  staffShownToCustomers: 'role',
  reminderHoursBefore: 24,
  automaticProgressNotice: true,
  activePolicyId: 'ca-ccts',
};
