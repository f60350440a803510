import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import { mayAnswerAtLevel } from '../../domain/permissions.js';
import type { StaffMember } from '../auth/staff-member.js';
import { changeCase } from '../cases/change-case.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome } from '../errors.js';

/**
 * A senior manager (level 2) or the head of support (level 3) takes an escalated case: it becomes
 * theirs and is investigated again, with everything that happened before in view (C9).
 */
export async function takeEscalation(
  ctx: AppContext,
  staff: StaffMember,
  request: CaseChangeRequest,
  channel: EventChannel,
): Promise<Outcome<Case>> {
  return changeCaseAsStaff(ctx, staff, request, channel, ({ trx, row, origin }) => {
    if (row.escalationLevel === 1 || !mayAnswerAtLevel(staff.role, row.escalationLevel)) {
      return Promise.resolve(failure({ code: 'FORBIDDEN' }));
    }
    return changeCase(trx, row, { type: 'take_escalation' }, origin, { columns: { ownerId: staff.id } });
  });
}
