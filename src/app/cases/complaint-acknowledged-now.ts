import type { OrganisationProfile } from '../../domain/organisation.js';
import { dueDateFrom, type PolicyVersion, timesFor } from '../../domain/policy.js';
import type { CaseRow } from '../../store/case-store.js';
import { calendarOfCase } from './case-calendar.js';

/**
 * C1: a question that becomes a complaint is acknowledged as a complaint at that moment; its
 * clock (the expected date) starts then, not at the original question, under the policy in force.
 */
export function complaintAcknowledgedNow(organisation: OrganisationProfile, policy: PolicyVersion) {
  return (row: CaseRow, at: Date) => {
    const calendar = calendarOfCase(row, organisation);
    const closures = new Set(organisation.closureDays);
    const times = timesFor(policy.rules, {
      kind: 'complaint',
      category: row.category,
      customerType: row.customer_type,
      urgent: row.urgent_reason !== null && policy.rules.urgent.reasons.includes(row.urgent_reason),
    });
    const expected = dueDateFrom(at, times.investigation, calendar, closures);
    const nextUpdate = dueDateFrom(at, times.updateInterval, calendar, closures);
    return {
      acknowledged_at: at,
      expected_response_by: expected,
      next_update_by: nextUpdate < expected ? nextUpdate : null,
      policy_id: policy.policyId,
      policy_version: policy.version,
    };
  };
}
