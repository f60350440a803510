import { localDateIn, timeZoneOf } from '../../domain/business-calendar.js';
import type { CaseRow } from '../../store/case-store.js';
import type { AppContext } from '../context.js';
import { getOrganisation } from '../settings/get-organisation.js';

/** Today's date where the customer is (their province's time zone, or the default region's). */
export async function localToday(ctx: AppContext, row: Pick<CaseRow, 'calendar_region'>): Promise<string> {
  const region = row.calendar_region ?? (await getOrganisation(ctx)).defaultRegion;
  return localDateIn(ctx.clock(), timeZoneOf({ country: 'CA', region }));
}
