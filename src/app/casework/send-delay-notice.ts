import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import { WATCHED_STATUSES } from '../../domain/commitment-watch.js';
import type { CustomerMessage } from '../../domain/customer-message.js';
import { may } from '../../domain/permissions.js';
import { recordCaseChange } from '../../store/case-store.js';
import { completeDelayTasks } from '../../store/commitment-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { messageSentEvent, queueCustomerMessage } from './queue-customer-message.js';

export interface DelayNotice extends CaseChangeRequest {
  /** Why the date cannot be kept, as the customer will read it. */
  reason: string;
  /** The new expected date, after the current one. */
  expectedResponseBy: string;
}

/**
 * C8: the owner cannot give the outcome by the date promised; before it passes, the customer is
 * told why and by when instead. The new date becomes the promise the sweep watches, and the delay
 * task put in front of the owner is done.
 */
export async function sendDelayNotice(
  ctx: AppContext,
  staff: StaffMember,
  request: DelayNotice,
  channel: EventChannel,
): Promise<Outcome<Case>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return changeCaseAsStaff(ctx, staff, request, channel, async ({ trx, row, origin, at }) => {
    const previous = row.expectedResponseBy;
    if (!WATCHED_STATUSES.includes(row.status) || !previous) {
      return failure({ code: 'NO_ANSWER_OWED' });
    }
    if (request.expectedResponseBy <= previous) {
      return failure({
        code: 'INVALID_INPUT',
        fields: [{ field: '/expectedResponseBy', rule: 'dateNotLater' }],
      });
    }
    const message: CustomerMessage = {
      template: 'delay_notice',
      reason: request.reason,
      expectedResponseBy: request.expectedResponseBy,
      previousDate: previous,
    };
    const queued = await queueCustomerMessage(ctx, trx, row, message, at);
    const saved = await recordCaseChange(
      trx,
      row,
      origin,
      [
        {
          type: 'expected_date_moved',
          data: { from: previous, expectedResponseBy: request.expectedResponseBy, reason: request.reason },
        },
        messageSentEvent(queued),
      ],
      { expectedResponseBy: request.expectedResponseBy },
    );
    await completeDelayTasks(trx, row.id, at);
    return success(saved);
  });
}
