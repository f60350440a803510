import { expectedDate } from '../../domain/business-calendar.js';
import { ESCALATION_RESPONSE_BUSINESS_DAYS } from '../../domain/complaint.js';
import type { CaseRow } from '../../store/case-store.js';
import type { AppContext } from '../context.js';
import { getOrganisation } from '../settings/get-organisation.js';

/** C9: the date an escalation is promised an answer by, counted like the acknowledgement's. */
export async function escalationDueDate(
  ctx: AppContext,
  row: Pick<CaseRow, 'calendar_region'>,
  at: Date,
): Promise<string> {
  const organisation = await getOrganisation(ctx);
  return expectedDate(
    at,
    ESCALATION_RESPONSE_BUSINESS_DAYS,
    { country: 'CA', region: row.calendar_region ?? organisation.defaultRegion },
    new Set(organisation.closureDays),
  );
}
