import type { Category, CustomerType, Service } from './complaint.js';

/** Why the CCTS may not take a complaint; each has words (and where else to turn) in every language. */
export const INELIGIBILITY_REASONS = [
  'enterprise',
  'pricing',
  'privacy',
  'tv_small_business',
  'other',
] as const;
export type IneligibilityReason = (typeof INELIGIBILITY_REASONS)[number];

/** One rule of the table an admin edits; `null` matches anything. The first match decides. */
export interface EligibilityRule {
  customerType: CustomerType | null;
  service: Service | null;
  category: Category | null;
  eligible: boolean;
  reason: IneligibilityReason | null;
}

export type Eligibility = { eligible: true } | { eligible: false; reason: IneligibilityReason };

/** Whether the CCTS can take this complaint, by the first rule that matches (C10). */
export function cctsEligibility(
  rules: readonly EligibilityRule[],
  complaint: { customerType: CustomerType | null; service: Service | null; category: Category | null },
): Eligibility {
  const rule = rules.find(
    (r) =>
      (r.customerType === null || r.customerType === complaint.customerType) &&
      (r.service === null || r.service === complaint.service) &&
      (r.category === null || r.category === complaint.category),
  );
  if (!rule || rule.eligible) return { eligible: true };
  return { eligible: false, reason: rule.reason ?? 'other' };
}
