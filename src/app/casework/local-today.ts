import { localDateIn, timeZoneOf } from '../../domain/business-calendar.js';
import type { CaseRow } from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import type { AppContext } from '../context.js';
import { getOrganisation } from '../settings/get-organisation.js';

/**
 * Today's date where the customer is (their province's time zone, or the default region's).
 * Inside a transaction, pass it as `db`.
 */
export async function localToday(
  ctx: AppContext,
  row: Pick<CaseRow, 'calendar_region'>,
  db: Db = ctx.db,
): Promise<string> {
  const region = row.calendar_region ?? (await getOrganisation(ctx, db)).defaultRegion;
  return localDateIn(ctx.clock(), timeZoneOf({ country: 'CA', region }));
}
