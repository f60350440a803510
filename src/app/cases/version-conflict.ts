import type { Case } from '../../domain/case.js';
import { eventsOfCase } from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import { failure, type Outcome } from '../errors.js';
import { toCaseEventView } from './case-event-view.js';

/** The 409 of a change based on a stale version: what happened since, so nothing is lost. */
export async function versionConflict(trx: Db, row: Case, expectedVersion: number): Promise<Outcome<never>> {
  const since = await eventsOfCase(trx, row.id, expectedVersion);
  return failure({
    code: 'VERSION_CONFLICT',
    currentVersion: row.version,
    eventsSince: since.map(toCaseEventView),
  });
}
