import { type CalendarRegion, calendarFrom } from '../../domain/business-calendar.js';
import type { OrganisationProfile } from '../../domain/organisation.js';
import type { CaseRow } from '../../store/case-store.js';

/** The calendar a case's dates follow: its customer's country and region, else the default region. */
export function calendarOfCase(
  row: Pick<CaseRow, 'calendar_country' | 'calendar_region'>,
  organisation: Pick<OrganisationProfile, 'defaultRegion'>,
): CalendarRegion {
  return calendarFrom(row.calendar_country, row.calendar_region, organisation.defaultRegion);
}
