import {
  addBusinessDays,
  addCalendarDays,
  type CalendarRegion,
  type ClosedDays,
  type LocalDate,
  localDateIn,
  timeZoneOf,
} from './business-calendar.js';
import type { CaseKind } from './case-lifecycle.js';
import type { Category, CustomerType, UrgentReason } from './complaint.js';

/**
 * A regulator's complaint rules as versioned data (C6–C10): how soon each promise falls due, what
 * counts as urgent, when the customer is told of the ombudsman. An organisation runs one policy;
 * every change is a new version, and each case keeps the version in force when it was
 * acknowledged, so a later change never moves a promise already made.
 */

export const DURATION_UNITS = ['business_days', 'calendar_days'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

export const businessDays = (amount: number): Duration => ({ amount, unit: 'business_days' });
export const calendarDays = (amount: number): Duration => ({ amount, unit: 'calendar_days' });

export { URGENT_REASONS, type UrgentReason } from './complaint.js';

/** The moments the customer is told of the ombudsman. */
export const OMBUDSMAN_MOMENTS = [
  /** The complaint is not resolved at escalation level 2 (it was escalated there). */
  'escalation_level_2',
  'every_later_level',
  'final_response',
  'outcome_rejected',
  /** Ofcom: the provider and customer are at deadlock. */
  'deadlock',
  /** Ofcom: a number of weeks after receipt, whatever the state. */
  'weeks_after_receipt',
] as const;
export type OmbudsmanMoment = (typeof OMBUDSMAN_MOMENTS)[number];

export interface PolicyTimes {
  /** 0 = at once (C6). */
  acknowledgement: Duration;
  /** To the expected outcome. */
  investigation: Duration;
  /** Between updates to the customer (C7). */
  updateInterval: Duration;
  /** For an answer at escalation level 2 and 3 (C9). */
  escalationLevel2: Duration;
  escalationLevel3: Duration;
  /** From receipt, the latest the final response may come; null: no cap. */
  finalResponseCap: Duration | null;
  /** After the customer agrees, by when the remedy is carried out; null: not set. */
  remedy: Duration | null;
}

export interface CaseFacts {
  kind: CaseKind;
  category: Category | null;
  customerType: CustomerType | null;
  urgent: boolean;
}

export interface PolicyOverride {
  /** Which cases: each field that is set must match. */
  match: { kind?: CaseKind; category?: Category; customerType?: CustomerType };
  times: Partial<PolicyTimes>;
}

export interface PolicyRules {
  times: PolicyTimes;
  /** Later entries win over earlier ones where both match. */
  overrides: PolicyOverride[];
  urgent: { reasons: UrgentReason[]; times: Partial<PolicyTimes> };
  ombudsman: {
    name: string;
    website: string;
    phone: string;
    noticeAt: OmbudsmanMoment[];
    /** With `weeks_after_receipt`. */
    weeksAfterReceipt: number | null;
  };
  /** A case resolved within N business days still gets a written summary with the recourse. */
  quickResolutionSummary: { enabled: boolean; withinBusinessDays: number };
  /** Canada: a small business is one whose monthly telecom bill is at most this (CAD); null: not used. */
  smallBusinessMonthlyBillLimit: number | null;
}

export interface PolicyVersion {
  policyId: string;
  version: number;
  name: string;
  country: string;
  rules: PolicyRules;
}

/** The times that apply to one case: the defaults, then matching overrides in order, then urgency. */
export function timesFor(rules: PolicyRules, facts: CaseFacts): PolicyTimes {
  let times: PolicyTimes = { ...rules.times };
  for (const override of rules.overrides) {
    const { kind, category, customerType } = override.match;
    if (kind && kind !== facts.kind) continue;
    if (category && category !== facts.category) continue;
    if (customerType && customerType !== facts.customerType) continue;
    times = { ...times, ...override.times };
  }
  return facts.urgent ? { ...times, ...rules.urgent.times } : times;
}

/** A duration on from a local date (which itself never counts). */
export function addDuration(
  date: LocalDate,
  duration: Duration,
  calendar: CalendarRegion,
  closed: ClosedDays,
): LocalDate {
  return duration.unit === 'business_days'
    ? addBusinessDays(date, duration.amount, calendar, closed)
    : addCalendarDays(date, duration.amount);
}

/** The date a duration from an instant falls on, counted from the instant's local date. */
export function dueDateFrom(
  instant: Date,
  duration: Duration,
  calendar: CalendarRegion,
  closed: ClosedDays,
): LocalDate {
  return addDuration(localDateIn(instant, timeZoneOf(calendar)), duration, calendar, closed);
}

/** Why a version cannot be saved: each problem as a JSON pointer and a rule. */
export function policyProblems(rules: PolicyRules): { field: string; rule: 'invalid' }[] {
  const problems: { field: string; rule: 'invalid' }[] = [];
  const cap = rules.times.finalResponseCap;
  if (cap && cap.unit === rules.times.investigation.unit && cap.amount < rules.times.investigation.amount)
    problems.push({ field: '/rules/times/finalResponseCap', rule: 'invalid' });
  if (rules.ombudsman.noticeAt.includes('weeks_after_receipt') && !rules.ombudsman.weeksAfterReceipt)
    problems.push({ field: '/rules/ombudsman/weeksAfterReceipt', rule: 'invalid' });
  return problems;
}

/** The business days to the outcome of a complaint and of an inquiry, as the settings page shows them. */
export function investigationDays(rules: PolicyRules): { complaint: number; inquiry: number } {
  const facts = { category: null, customerType: null, urgent: false } as const;
  return {
    complaint: timesFor(rules, { ...facts, kind: 'complaint' }).investigation.amount,
    inquiry: timesFor(rules, { ...facts, kind: 'inquiry' }).investigation.amount,
  };
}

/** The rules with new business days to the outcome for complaints and inquiries (first: more specific overrides still win). */
export function withInvestigationDays(
  rules: PolicyRules,
  days: { complaint: number; inquiry: number },
): PolicyRules {
  const others = rules.overrides.filter(
    (o) => !(o.match.kind === 'inquiry' && !o.match.category && !o.match.customerType),
  );
  const inquiry = rules.overrides.find(
    (o) => o.match.kind === 'inquiry' && !o.match.category && !o.match.customerType,
  );
  return {
    ...rules,
    times: { ...rules.times, investigation: businessDays(days.complaint) },
    overrides: [
      { match: { kind: 'inquiry' }, times: { ...inquiry?.times, investigation: businessDays(days.inquiry) } },
      ...others,
    ],
  };
}

/** C10 (Ofcom): the day the ombudsman letter is due, N weeks after receipt; null where the policy sends none. */
export function ombudsmanLetterDueOn(
  receivedAt: Date,
  calendar: CalendarRegion,
  ombudsman: PolicyRules['ombudsman'],
): LocalDate | null {
  if (!ombudsman.noticeAt.includes('weeks_after_receipt') || !ombudsman.weeksAfterReceipt) return null;
  return addCalendarDays(localDateIn(receivedAt, timeZoneOf(calendar)), ombudsman.weeksAfterReceipt * 7);
}
