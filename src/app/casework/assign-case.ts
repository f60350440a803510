import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import { may } from '../../domain/permissions.js';
import { recordCaseChange } from '../../store/case-store.js';
import { findStaffById, findTeamById } from '../../store/staff-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';

export interface Assignment extends CaseChangeRequest {
  /** The staff member who owns the case from now on; null leaves it unassigned. */
  ownerId: string | null;
  /** The team; by default the new owner's team. */
  teamId?: string | null;
}

/**
 * Gives a case to someone (a manager's right), or an advisor takes a case for themselves. The
 * owner is who the customer's next update is expected from.
 */
export async function assignCase(
  ctx: AppContext,
  staff: StaffMember,
  assignment: Assignment,
  channel: EventChannel,
): Promise<Outcome<Case>> {
  const takingItMyself = assignment.ownerId === staff.id && assignment.teamId === undefined;
  if (!may(staff.role, 'case.assign') && !(takingItMyself && may(staff.role, 'case.work'))) {
    return failure({ code: 'FORBIDDEN' });
  }
  return changeCaseAsStaff(ctx, staff, assignment, channel, async ({ trx, row, origin }) => {
    let teamId = assignment.teamId;
    if (assignment.ownerId !== null) {
      const owner = await findStaffById(trx, assignment.ownerId);
      if (!owner?.active) {
        return failure({ code: 'INVALID_INPUT', fields: [{ field: '/ownerId', rule: 'invalid' }] });
      }
      if (teamId === undefined) teamId = owner.teamId;
    }
    if (teamId === undefined) teamId = row.teamId;
    if (teamId !== null && !(await findTeamById(trx, teamId))) {
      return failure({ code: 'INVALID_INPUT', fields: [{ field: '/teamId', rule: 'invalid' }] });
    }
    const saved = await recordCaseChange(
      trx,
      row,
      origin,
      [
        {
          type: 'case_assigned',
          data: { ownerId: assignment.ownerId, teamId, previousOwnerId: row.ownerId },
        },
      ],
      { ownerId: assignment.ownerId, teamId: teamId },
    );
    return success(saved);
  });
}
