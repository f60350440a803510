import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import { may } from '../../domain/permissions.js';
import { appendEvents } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { changeCase } from '../cases/change-case.js';
import { escalationDueDate } from '../cases/escalation-due-date.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { messageSentEvent, queueCustomerMessage } from './queue-customer-message.js';
import { sendQuickResolutionSummary } from './quick-resolution-summary.js';

/**
 * The customer told an advisor whether they accept the outcome. Not accepting a complaint's
 * outcome escalates it to the next level (C9): acknowledged like any escalation, with its own date
 * (and, where the policy says so, the way to the ombudsman, C10); the customer's words are kept.
 */
export async function recordOutcomeReply(
  ctx: AppContext,
  staff: StaffMember,
  reply: CaseChangeRequest & { accepted: boolean; customerWords?: string },
  channel: EventChannel,
): Promise<Outcome<Case>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return changeCaseAsStaff(ctx, staff, reply, channel, async ({ trx, row, origin, at }) => {
    const details = reply.customerWords ? { customerWords: reply.customerWords } : {};
    if (reply.accepted) {
      const accepted = await changeCase(trx, row, { type: 'accept_outcome' }, origin, { details });
      if (accepted.ok) await sendQuickResolutionSummary(ctx, trx, accepted.value, origin);
      return accepted;
    }
    const answerBy = await escalationDueDate(ctx, row, at, undefined, trx);
    const rejected = await changeCase(trx, row, { type: 'reject_outcome' }, origin, {
      details: { ...details, expectedResponseBy: answerBy },
      columns: { ownerId: null, expectedResponseBy: answerBy },
    });
    if (!rejected.ok) return rejected;
    const queued = await queueCustomerMessage(
      ctx,
      trx,
      rejected.value,
      {
        template: 'escalation_received',
        level: rejected.value.escalationLevel,
        expectedResponseBy: answerBy,
        afterRejection: true,
      },
      at,
    );
    await appendEvents(trx, rejected.value.id, rejected.value.version, origin, [messageSentEvent(queued)]);
    return success(rejected.value);
  });
}
