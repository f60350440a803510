import { type CalendarRegion, calendarFrom } from '../../domain/business-calendar.js';
import type { Case } from '../../domain/case.js';
import type { OrganisationProfile } from '../../domain/organisation.js';

/** The calendar a case's dates follow: its customer's country and region, else the default region. */
export function calendarOfCase(
  row: Pick<Case, 'calendarCountry' | 'calendarRegion'>,
  organisation: Pick<OrganisationProfile, 'defaultRegion'>,
): CalendarRegion {
  return calendarFrom(row.calendarCountry, row.calendarRegion, organisation.defaultRegion);
}
