import { expectedDate } from '../../domain/business-calendar.js';
import type { OrganisationProfile } from '../../domain/organisation.js';
import type { CaseRow } from '../../store/case-store.js';

/**
 * C1: a question that becomes a complaint is acknowledged as a complaint at that moment; its
 * clock (the expected date) starts then, not at the original question.
 */
export function complaintAcknowledgedNow(organisation: OrganisationProfile) {
  return (row: CaseRow, at: Date) => ({
    acknowledged_at: at,
    expected_response_by: expectedDate(
      at,
      organisation.responseBusinessDays.complaint,
      { country: 'CA', region: row.calendar_region ?? organisation.defaultRegion },
      new Set(organisation.closureDays),
    ),
  });
}
