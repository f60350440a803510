import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import { may } from '../../domain/permissions.js';
import type { StaffMember } from '../auth/staff-member.js';
import { changeCase } from '../cases/change-case.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome } from '../errors.js';

/** Closes a case whose answer stands (the lifecycle decides when that is). */
export async function closeCase(
  ctx: AppContext,
  staff: StaffMember,
  request: CaseChangeRequest,
  channel: EventChannel,
): Promise<Outcome<Case>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return changeCaseAsStaff(ctx, staff, request, channel, ({ trx, row, origin }) =>
    changeCase(trx, row, { type: 'close' }, origin, { columns: { nextUpdateBy: null } }),
  );
}
