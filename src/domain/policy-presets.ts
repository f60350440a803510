import { businessDays, calendarDays, type PolicyRules } from './policy.js';

/** A regulator's rules as shipped; an organisation starts from one and adjusts it in versions. */
export interface PolicyPreset {
  id: string;
  name: string;
  country: 'CA' | 'AU' | 'GB';
  rules: PolicyRules;
}

/** Canada — the code of conduct this product started from, and the CCTS (the default). */
export const CANADA_CCTS: PolicyPreset = {
  id: 'ca-ccts',
  name: 'Canada — CCTS',
  country: 'CA',
  rules: {
    times: {
      acknowledgement: businessDays(0),
      investigation: businessDays(10),
      updateInterval: businessDays(5),
      escalationLevel2: businessDays(5),
      escalationLevel3: businessDays(5),
      finalResponseCap: null,
      remedy: null,
    },
    overrides: [{ match: { kind: 'inquiry' }, times: { investigation: businessDays(3) } }],
    urgent: {
      reasons: ['disconnection', 'financial_hardship', 'safety'],
      times: { investigation: businessDays(2) },
    },
    ombudsman: {
      name: 'Commission for Complaints for Telecom-television Services (CCTS)',
      website: 'https://www.ccts-cprst.ca',
      phone: '1-888-221-1687',
      noticeAt: ['escalation_level_2', 'every_later_level', 'final_response', 'outcome_rejected'],
      weeksAfterReceipt: null,
    },
    quickResolutionSummary: { enabled: true, withinBusinessDays: 3 },
    smallBusinessMonthlyBillLimit: 2500,
  },
};

/** Australia — the ACMA's complaints-handling standard, and the Telecommunications Industry Ombudsman. */
export const AUSTRALIA_ACMA: PolicyPreset = {
  id: 'au-acma',
  name: 'Australia — ACMA complaints-handling standard',
  country: 'AU',
  rules: {
    times: {
      acknowledgement: businessDays(2),
      investigation: businessDays(10),
      updateInterval: businessDays(5),
      escalationLevel2: businessDays(5),
      escalationLevel3: businessDays(5),
      finalResponseCap: null,
      remedy: businessDays(5),
    },
    overrides: [],
    urgent: {
      reasons: ['disconnection', 'financial_hardship', 'safety'],
      times: { investigation: businessDays(2) },
    },
    ombudsman: {
      name: 'Telecommunications Industry Ombudsman (TIO)',
      website: 'https://www.tio.com.au',
      phone: '1800 062 058',
      noticeAt: ['final_response', 'outcome_rejected'],
      weeksAfterReceipt: null,
    },
    quickResolutionSummary: { enabled: false, withinBusinessDays: 0 },
    smallBusinessMonthlyBillLimit: null,
  },
};

/** United Kingdom — Ofcom: the ADR letter at deadlock or eight weeks after receipt, whichever is first. */
export const UNITED_KINGDOM_OFCOM: PolicyPreset = {
  id: 'uk-ofcom',
  name: 'United Kingdom — Ofcom',
  country: 'GB',
  rules: {
    times: {
      acknowledgement: businessDays(0),
      investigation: businessDays(10),
      updateInterval: businessDays(5),
      escalationLevel2: businessDays(5),
      escalationLevel3: businessDays(5),
      finalResponseCap: calendarDays(56),
      remedy: null,
    },
    overrides: [],
    urgent: { reasons: ['disconnection', 'safety'], times: { investigation: businessDays(2) } },
    ombudsman: {
      // The provider names its own ADR scheme (Ombudsman Services or CISAS); the phone is theirs to fill in.
      name: 'Communications Ombudsman (Ombudsman Services)',
      website: 'https://www.ombudsman-services.org',
      phone: '',
      noticeAt: ['deadlock', 'weeks_after_receipt'],
      weeksAfterReceipt: 8,
    },
    quickResolutionSummary: { enabled: false, withinBusinessDays: 0 },
    smallBusinessMonthlyBillLimit: null,
  },
};

export const POLICY_PRESETS: readonly PolicyPreset[] = [CANADA_CCTS, AUSTRALIA_ACMA, UNITED_KINGDOM_OFCOM];
export const DEFAULT_POLICY_ID = CANADA_CCTS.id;
