import type { EventChannel } from '../../domain/channel.js';
import { may, maySeeCase } from '../../domain/permissions.js';
import { findCase, findCaseById, recordCaseAccess } from '../../store/case-store.js';
import { messageForUpdate, requeueMessage } from '../../store/message-store.js';
import { wakingOutbox } from '../app-state.js';
import type { StaffMember } from '../auth/staff-member.js';
import { caseAssignment } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { tellStaff } from '../inbound/inbound-arrival.js';

/**
 * Nothing is abandoned silently (issue 16): a message to a customer that the outbox gave up on is
 * on the case (`message_failed`), and its people are told, so someone reaches the customer
 * another way. A staff alert that failed is only logged (there is nobody to tell by email).
 */
export async function reportUndelivered(
  ctx: AppContext,
  messageRowId: string,
  reason: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const message = await messageForUpdate(trx, messageRowId);
    if (!message?.caseId) return;
    const row = await findCaseById(trx, message.caseId);
    if (!row || row.customerEmail?.toLowerCase() !== message.recipient.toLowerCase()) return;
    const at = ctx.clock();
    // An event, not a change of the case: nobody's open form goes stale because mail failed.
    await recordCaseAccess(
      trx,
      row,
      { actor: { type: 'system' }, channel: 'system', at },
      {
        type: 'message_failed',
        data: { failedMessageId: message.id, subject: message.subject, reason: reason.slice(0, 300) },
      },
    );
    await tellStaff(ctx, trx, row, 'message_failed', at);
  });
  ctx.outbox.wake();
}

/** Staff send a failed or bounced email again, exactly as it was stored (once the address is fixed, say). */
export async function retryMessage(
  ctx: AppContext,
  staff: StaffMember,
  trackingNumber: string,
  messageRowId: string,
  channel: EventChannel,
): Promise<Outcome<{ status: 'queued' }>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return wakingOutbox(
    ctx,
    ctx.db.transaction().execute(async (trx) => {
      const row = await findCase(trx, trackingNumber);
      if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
      if (!maySeeCase(staff, caseAssignment(row))) return failure({ code: 'FORBIDDEN' });
      const message = await messageForUpdate(trx, messageRowId);
      if (!message || message.caseId !== row.id) return failure({ code: 'NOT_FOUND', entity: 'message' });
      const at = ctx.clock();
      if (!(await requeueMessage(trx, message.id, at))) return failure({ code: 'NOTHING_TO_RETRY' });
      await recordCaseAccess(
        trx,
        row,
        { actor: { type: 'staff', staffId: staff.id }, channel, at },
        { type: 'message_retried', data: { retriedMessageId: message.id, subject: message.subject } },
      );
      return success({ status: 'queued' as const });
    }),
  );
}
