import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import { may } from '../../domain/permissions.js';
import { recordCaseChange } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';

/** An internal note: for colleagues only, never shown or sent to the customer. */
export async function addNote(
  ctx: AppContext,
  staff: StaffMember,
  request: CaseChangeRequest & { text: string },
  channel: EventChannel,
): Promise<Outcome<Case>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return changeCaseAsStaff(ctx, staff, request, channel, async ({ trx, row, origin }) =>
    success(await recordCaseChange(trx, row, origin, [{ type: 'note_added', data: { text: request.text } }])),
  );
}
