import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import type { CustomerMessage } from '../../domain/customer-message.js';
import { may } from '../../domain/permissions.js';
import { appendEvents } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { changeCase } from '../cases/change-case.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { localToday } from './local-today.js';
import { messageSentEvent, queueCustomerMessage } from './queue-customer-message.js';

/** C8: the promised remedy was carried out (on a given day), and the customer is told. */
export async function recordRemedyCarriedOut(
  ctx: AppContext,
  staff: StaffMember,
  input: CaseChangeRequest & { carriedOutOn: string; text: string },
  channel: EventChannel,
): Promise<Outcome<Case>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return changeCaseAsStaff(ctx, staff, input, channel, async ({ trx, row, origin, at }) => {
    if (input.carriedOutOn > (await localToday(ctx, row, trx))) {
      return failure({ code: 'INVALID_INPUT', fields: [{ field: '/carriedOutOn', rule: 'dateInFuture' }] });
    }
    const done = await changeCase(trx, row, { type: 'record_remedy_carried_out' }, origin, {
      details: { carriedOutOn: input.carriedOutOn, text: input.text },
    });
    if (!done.ok) return done;
    const message: CustomerMessage = { template: 'remedy_carried_out', text: input.text };
    const queued = await queueCustomerMessage(ctx, trx, done.value, message, at);
    await appendEvents(trx, done.value.id, done.value.version, origin, [messageSentEvent(queued)]);
    return success(done.value);
  });
}
