import type { ClosedDays } from '../../domain/business-calendar.js';
import type { Case } from '../../domain/case.js';
import type { OrganisationProfile } from '../../domain/organisation.js';
import { dueDateFrom, type PolicyVersion, timesFor } from '../../domain/policy.js';
import { calendarOfCase } from './case-calendar.js';

/**
 * C1: a question that becomes a complaint is acknowledged as a complaint at that moment; its
 * clock (the expected date) starts then, not at the original question, under the policy in force.
 */
export function complaintAcknowledgedNow(
  closed: ClosedDays,
  organisation: OrganisationProfile,
  policy: PolicyVersion,
) {
  return (row: Case, at: Date) => {
    const calendar = calendarOfCase(row, organisation);
    const times = timesFor(policy.rules, {
      kind: 'complaint',
      category: row.category,
      customerType: row.customerType,
      urgent: row.urgentReason !== null && policy.rules.urgent.reasons.includes(row.urgentReason),
    });
    const expected = dueDateFrom(at, times.investigation, calendar, closed);
    const nextUpdate = dueDateFrom(at, times.updateInterval, calendar, closed);
    return {
      acknowledgedAt: at,
      expectedResponseBy: expected,
      nextUpdateBy: nextUpdate < expected ? nextUpdate : null,
      policyId: policy.policyId,
      policyVersion: policy.version,
    };
  };
}
