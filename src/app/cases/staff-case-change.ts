import type { Actor } from '../../domain/actor.js';
import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import { maySeeCase } from '../../domain/permissions.js';
import { type EventOrigin, findCaseForUpdate } from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome } from '../errors.js';
import { versionConflict } from './version-conflict.js';

/** Which case a staff member means to change, and the version they based the change on. */
export interface CaseChangeRequest {
  trackingNumber: string;
  /** Every change carries the version it was based on; a stale one changes nothing (409). */
  expectedVersion: number;
}

export interface CaseWork {
  trx: Db;
  /** The case, locked until the transaction ends. */
  row: Case;
  at: Date;
  /** Who, when and through what: for the events this change writes. */
  origin: EventOrigin;
}

export function staffActor(staff: StaffMember): Actor {
  return { type: 'staff', staffId: staff.id };
}

export function caseAssignment(row: Case) {
  return { ownerId: row.ownerId, teamId: row.teamId, escalationLevel: row.escalationLevel };
}

/**
 * The frame of every staff change to a case, in one transaction: lock the case, check that this
 * person may see it and that nobody changed it since the version they saw, then do the work.
 * A conflict answers with the events since that version, so nothing someone else did is lost.
 */
export async function changeCaseAsStaff<T>(
  ctx: AppContext,
  staff: StaffMember,
  request: CaseChangeRequest,
  channel: EventChannel,
  work: (w: CaseWork) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findCaseForUpdate(trx, request.trackingNumber);
    if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
    if (!maySeeCase(staff, caseAssignment(row))) return failure({ code: 'FORBIDDEN' });
    if (request.expectedVersion !== row.version) return versionConflict(trx, row, request.expectedVersion);
    const at = ctx.clock();
    return work({ trx, row, at, origin: { actor: staffActor(staff), channel, at } });
  });
}
