import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import { may } from '../../domain/permissions.js';
import { recordCaseChange } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { messageSentEvent, queueCustomerMessage } from './queue-customer-message.js';

/**
 * C10: the provider and the customer are at deadlock; the customer is told, now, that they can
 * take the complaint to the ombudsman (Ofcom's "deadlock letter"; any policy may use it).
 */
export async function sendOmbudsmanLetter(
  ctx: AppContext,
  staff: StaffMember,
  request: CaseChangeRequest,
  channel: EventChannel,
): Promise<Outcome<Case>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return changeCaseAsStaff(ctx, staff, request, channel, async ({ trx, row, origin, at }) => {
    if (row.status === 'closed') return failure({ code: 'CASE_CLOSED' });
    if (row.kind !== 'complaint')
      return failure({
        code: 'LIFECYCLE',
        error: { code: 'NOT_FOR_INQUIRY', command: 'refer_to_ombudsman' },
      });
    const queued = await queueCustomerMessage(
      ctx,
      trx,
      row,
      { template: 'ombudsman_notice', reason: 'deadlock' },
      at,
    );
    return success(
      await recordCaseChange(trx, row, origin, [
        { type: 'ombudsman_letter_sent', data: { reason: 'deadlock' } },
        messageSentEvent(queued),
      ]),
    );
  });
}
