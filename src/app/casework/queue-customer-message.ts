import type { Case } from '../../domain/case.js';
import {
  type CustomerMessage,
  type MessageMedium,
  ombudsmanNoticeDue,
  type SentCustomerMessage,
} from '../../domain/customer-message.js';
import { markOmbudsmanNoticeSent } from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import { enqueueMessage } from '../../store/outbox-store.js';
import type { AppContext } from '../context.js';
import { outgoingEmail } from '../messages/outgoing-email.js';
import { customerLetterMessage } from '../messages/outgoing-letter.js';
import { policyOfCase } from '../policies/policy-in-force.js';

/** By post for customers who prefer it or left no email; otherwise by email. */
export function defaultMedium(row: Pick<Case, 'preferredContact' | 'customerEmail'>): MessageMedium {
  return row.preferredContact === 'post' || !row.customerEmail ? 'letter' : 'email';
}

export interface QueuedMessage {
  /** The message as sent: the case's policy decided whether it names the ombudsman (C10). */
  message: SentCustomerMessage;
  medium: MessageMedium;
  /** The stored message: an email for the outbox, or a letter in the print queue. */
  outboxId?: string;
}

/**
 * Sends a message about a case in the caller's transaction: an email goes to the outbox (the
 * worker delivers it), a letter — rendered now as its PDF — waits in the print queue. Either way
 * the `message_sent` event that the caller writes names the stored message.
 */
export async function queueCustomerMessage(
  ctx: AppContext,
  trx: Db,
  row: Case,
  message: CustomerMessage,
  at: Date,
  medium: MessageMedium = defaultMedium(row),
): Promise<QueuedMessage> {
  const policy = await policyOfCase(ctx, row, trx);
  const sent: SentCustomerMessage = {
    ...message,
    ombudsmanNotice: ombudsmanNoticeDue(message, policy.rules.ombudsman.noticeAt),
  };
  // C10: a letter tells the customer as surely as an email; the case remembers that it was told.
  if (sent.ombudsmanNotice && !row.ombudsmanNoticeSentAt) await markOmbudsmanNoticeSent(trx, row.id, at);
  if (medium === 'letter' || !row.customerEmail) {
    const letter = await customerLetterMessage(ctx, trx, row, sent, at);
    await enqueueMessage(trx, letter);
    return { message: sent, medium: 'letter', outboxId: letter.id };
  }
  const email = await outgoingEmail(ctx, trx, {
    caseId: row.id,
    recipient: row.customerEmail,
    language: row.language,
    payload: {
      template: 'customer_message',
      trackingNumber: row.trackingNumber,
      customerName: row.customerName ?? '',
      message: sent,
    },
    at,
  });
  await enqueueMessage(trx, email);
  return { message: sent, medium: 'email', outboxId: email.id };
}

/** The event that keeps a message on the case's timeline (customer-visible), exactly as sent. */
export function messageSentEvent(queued: QueuedMessage) {
  return {
    type: 'message_sent',
    data: { message: queued.message, medium: queued.medium, outboxId: queued.outboxId ?? null },
  };
}
