import { localDateIn, timeZoneOf } from '../../domain/business-calendar.js';
import type { Case } from '../../domain/case.js';
import type { Db } from '../../store/database.js';
import { calendarOfCase } from '../cases/case-calendar.js';
import type { AppContext } from '../context.js';
import { getOrganisation } from '../settings/get-organisation.js';

/**
 * Today's date where the customer is (their province's time zone, or the default region's).
 * Inside a transaction, pass it as `db`.
 */
export async function localToday(
  ctx: AppContext,
  row: Pick<Case, 'calendarCountry' | 'calendarRegion'>,
  db: Db = ctx.db,
): Promise<string> {
  return localDateIn(ctx.clock(), timeZoneOf(calendarOfCase(row, await getOrganisation(ctx, db))));
}
