import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import type { CustomerMessage } from '../../domain/customer-message.js';
import { may } from '../../domain/permissions.js';
import { appendEvents } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { changeCase } from '../cases/change-case.js';
import { escalationDueDate } from '../cases/escalation-due-date.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import type { ContactChannel } from './log-contact.js';
import { messageSentEvent, queueCustomerMessage } from './queue-customer-message.js';

export interface EscalationRequest extends CaseChangeRequest {
  /** The customer's own words, quoted. */
  customerWords: string;
  /** How the customer asked. */
  requestedVia: ContactChannel | 'web';
  /** 3 when the customer asks for the head of support directly; by default the next level. */
  level?: 2 | 3;
}

/**
 * A customer asks for escalation (C9), by phone or letter through an advisor, or online. The case
 * leaves its owner and lands, with its whole history, in the queue of the senior managers
 * (level 2) or the head of support (level 3); the customer is told who handles it now.
 */
export async function requestEscalation(
  ctx: AppContext,
  staff: StaffMember,
  request: EscalationRequest,
  channel: EventChannel,
): Promise<Outcome<Case>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return changeCaseAsStaff(ctx, staff, request, channel, async ({ trx, row, origin, at }) => {
    const answerBy = await escalationDueDate(ctx, row, at, request.level, trx);
    const escalated = await changeCase(
      trx,
      row,
      { type: 'request_escalation', ...(request.level ? { level: request.level } : {}) },
      origin,
      {
        details: {
          customerWords: request.customerWords,
          requestedVia: request.requestedVia,
          expectedResponseBy: answerBy,
        },
        // The escalation's own promised date replaces the acknowledgement's (kept in its event).
        columns: { ownerId: null, expectedResponseBy: answerBy },
      },
    );
    if (!escalated.ok) return escalated;
    const message: CustomerMessage = {
      template: 'escalation_received',
      level: escalated.value.escalationLevel,
      expectedResponseBy: answerBy,
    };
    const queued = await queueCustomerMessage(ctx, trx, escalated.value, message, at);
    await appendEvents(trx, escalated.value.id, escalated.value.version, origin, [messageSentEvent(queued)]);
    return success(escalated.value);
  });
}
