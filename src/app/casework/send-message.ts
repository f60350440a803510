import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import type { CustomerMessage, MessageMedium, WritableTemplate } from '../../domain/customer-message.js';
import { may } from '../../domain/permissions.js';
import { recordCaseChange } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { changeCase } from '../cases/change-case.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { localToday } from './local-today.js';
import { messageSentEvent, queueCustomerMessage } from './queue-customer-message.js';

export interface MessageToCustomer extends CaseChangeRequest {
  template: WritableTemplate;
  text: string;
  /** By default the customer's preference: email, or a letter for those who prefer post. */
  medium?: MessageMedium;
  /** C7: for a progress update, when the next one will come. */
  nextUpdateBy?: string;
}

/** The message a template and text make, before it is sent (for the preview as well). */
export function customerMessageOf(
  input: Pick<MessageToCustomer, 'template' | 'text' | 'nextUpdateBy'>,
): CustomerMessage {
  return input.template === 'progress_update'
    ? {
        template: 'progress_update',
        text: input.text,
        ...(input.nextUpdateBy ? { nextUpdateBy: input.nextUpdateBy } : {}),
      }
    : { template: 'information_request', text: input.text };
}

/**
 * Writes to the customer from a template in their language (C7), by email or as a letter to
 * print. Asking for information puts the case in "waiting for the customer".
 */
export async function sendMessage(
  ctx: AppContext,
  staff: StaffMember,
  input: MessageToCustomer,
  channel: EventChannel,
): Promise<Outcome<Case>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return changeCaseAsStaff(ctx, staff, input, channel, async ({ trx, row, origin, at }) => {
    if (input.nextUpdateBy && input.nextUpdateBy < (await localToday(ctx, row, trx))) {
      return failure({ code: 'INVALID_INPUT', fields: [{ field: '/nextUpdateBy', rule: 'dateInPast' }] });
    }
    const medium = input.medium;
    if (medium === 'email' && !row.customerEmail) {
      return failure({ code: 'INVALID_INPUT', fields: [{ field: '/medium', rule: 'invalid' }] });
    }
    let current = row;
    if (input.template === 'information_request' && row.status === 'investigating') {
      const waiting = await changeCase(trx, row, { type: 'wait_for_customer' }, origin);
      if (!waiting.ok) return waiting;
      current = waiting.value;
    }
    const message = customerMessageOf(input);
    const queued = await queueCustomerMessage(ctx, trx, current, message, at, medium);
    const columns = input.nextUpdateBy ? { nextUpdateBy: input.nextUpdateBy } : {};
    return success(await recordCaseChange(trx, current, origin, [messageSentEvent(queued)], columns));
  });
}
