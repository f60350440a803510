import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import type { CustomerMessage } from '../../domain/customer-message.js';
import { mayAnswerAtLevel } from '../../domain/permissions.js';
import { appendEvents } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { changeCase } from '../cases/change-case.js';
import { type CaseChangeRequest, type CaseWork, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { messageSentEvent, queueCustomerMessage } from './queue-customer-message.js';

export interface Answer extends CaseChangeRequest {
  /** What was decided and why, in words the customer reads. */
  text: string;
  /** The remedy promised (a credit, a repair, …), if any; C8 tracks that it is carried out. */
  remedy?: string;
}

/**
 * The outcome of a complaint or the answer to an inquiry (C8), at level 1 by an advisor or at
 * level 2 by a senior manager. It goes to the customer at once, with how to escalate.
 */
export function giveOutcome(ctx: AppContext, staff: StaffMember, answer: Answer, channel: EventChannel) {
  return answerCase(ctx, staff, answer, channel, 'outcome');
}

/**
 * The provider's last word (C9) at level 2 or 3: after it, the customer may go to the ombudsman
 * (C10), and the message says how.
 */
export function giveFinalResponse(
  ctx: AppContext,
  staff: StaffMember,
  answer: Answer,
  channel: EventChannel,
) {
  return answerCase(ctx, staff, answer, channel, 'final_response');
}

async function answerCase(
  ctx: AppContext,
  staff: StaffMember,
  answer: Answer,
  channel: EventChannel,
  kind: 'outcome' | 'final_response',
): Promise<Outcome<Case>> {
  return changeCaseAsStaff(ctx, staff, answer, channel, async (work) => {
    if (!mayAnswerAtLevel(staff.role, work.row.escalationLevel)) return failure({ code: 'FORBIDDEN' });
    const investigating = await startedInvestigation(work);
    if (!investigating.ok) return investigating;
    const remedyPromised = !!answer.remedy?.trim();
    const details = { text: answer.text, remedy: answer.remedy?.trim() || null };
    const answered = await changeCase(
      work.trx,
      investigating.value,
      kind === 'outcome'
        ? { type: 'give_outcome', remedyPromised }
        : { type: 'give_final_response', remedyPromised },
      work.origin,
      { details },
    );
    if (!answered.ok) return answered;
    const message: CustomerMessage =
      kind === 'outcome'
        ? {
            template: 'outcome',
            text: answer.text,
            remedy: details.remedy ?? undefined,
            level: answered.value.escalationLevel,
          }
        : { template: 'final_response', text: answer.text, remedy: details.remedy ?? undefined };
    const queued = await queueCustomerMessage(ctx, work.trx, answered.value, message, work.at);
    await appendEvents(work.trx, answered.value.id, answered.value.version, work.origin, [
      messageSentEvent(queued),
    ]);
    return success(answered.value);
  });
}

/** An acknowledged case that gets its answer was, in effect, investigated: the timeline says so. */
async function startedInvestigation(work: CaseWork): Promise<Outcome<Case>> {
  if (work.row.status !== 'acknowledged') return success(work.row);
  return changeCase(work.trx, work.row, { type: 'start_investigation' }, work.origin);
}
