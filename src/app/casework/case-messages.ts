import { maySeeCase } from '../../domain/permissions.js';
import { maskEmailsIn } from '../../domain/personal-data.js';
import type { StoredMessage } from '../../domain/stored-message.js';
import { findCase } from '../../store/case-store.js';
import { messagesOfCase } from '../../store/message-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { caseAssignment } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';

/**
 * The correspondence of a case as it was (issue 16): every message out and in, oldest first, the
 * acknowledgement included, with the words and the hash of the bytes as stored. Nothing here is
 * rendered: a settings change afterwards changes none of it.
 */
export async function caseMessages(
  ctx: AppContext,
  staff: StaffMember,
  trackingNumber: string,
): Promise<Outcome<StoredMessage[]>> {
  const row = await findCase(ctx.db, trackingNumber);
  if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
  if (!maySeeCase(staff, caseAssignment(row))) return failure({ code: 'FORBIDDEN' });
  return success((await messagesOfCase(ctx.db, row.id)).map((m) => withMaskedAddresses(ctx, m)));
}

/**
 * C4: on screen, the addresses of a message are masked like the customer's details (the words stay:
 * they are what was said). The unmasked record is the ombudsman's case file, which is recorded.
 */
export function withMaskedAddresses<M extends { from: string | null; to: string }>(
  ctx: Pick<AppContext, 'mail'>,
  message: M,
): M {
  const ours = [ctx.mail.from, ctx.mail.inboundAddress ?? ''].flatMap(
    (h) => h.match(/[^\s<>]+@[^\s<>]+/g) ?? [],
  );
  return {
    ...message,
    from: message.from === null ? null : maskEmailsIn(message.from, ours),
    to: maskEmailsIn(message.to, ours),
  };
}

/** A stored message as the API and the case file hand it out (ISO times). */
export function messageView(message: StoredMessage) {
  const iso = (at: Date | null) => at?.toISOString() ?? null;
  return {
    id: message.id,
    eventId: message.eventId,
    direction: message.direction,
    medium: message.medium,
    template: message.template,
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId,
    status: message.status,
    contentWithheld: message.contentWithheld,
    createdAt: message.createdAt.toISOString(),
    sentAt: iso(message.sentAt),
    receivedAt: iso(message.receivedAt),
    failedAt: iso(message.failedAt),
    printedAt: iso(message.printedAt),
    postedOn: message.postedOn,
    sha256: message.sha256,
    heldBecause: message.heldBecause,
  };
}
export type MessageView = ReturnType<typeof messageView>;
