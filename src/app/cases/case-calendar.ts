import { type CalendarRegion, type ClosedDays, calendarFrom } from '../../domain/business-calendar.js';
import type { Case } from '../../domain/case.js';
import type { OrganisationProfile } from '../../domain/organisation.js';
import type { AppCaches } from '../app-state.js';

/** The calendar a case's dates follow: its customer's country and region, else the default region. */
export function calendarOfCase(
  row: Pick<Case, 'calendarCountry' | 'calendarRegion'>,
  organisation: Pick<OrganisationProfile, 'defaultRegion'>,
): CalendarRegion {
  return calendarFrom(row.calendarCountry, row.calendarRegion, organisation.defaultRegion);
}

/** The days a case's clock stops: the organisation's closure days and the public holidays. */
export function closedDaysOf(
  ctx: { readonly caches: Pick<AppCaches, 'holidays'> },
  organisation: Pick<OrganisationProfile, 'closureDays'>,
): ClosedDays {
  return { closures: new Set(organisation.closureDays), holidays: ctx.caches.holidays };
}
