import type { Case } from '../../domain/case.js';
import {
  type InboundEmail,
  type ThreadedBy,
  trackingNumberOfAddress,
  trackingNumbersIn,
} from '../../domain/inbound-mail.js';
import { insertAttachments } from '../../store/attachment-store.js';
import { findCase, findCaseById, findCaseByIdForUpdate, recordCaseChange } from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import { caseOfSentMessages, insertInboundMessage, markBounced } from '../../store/inbound-store.js';
import type { AppContext } from '../context.js';
import { documentsOfEmail, removeDocuments } from './email-documents.js';
import {
  type HeldReason,
  hold,
  type InboundSettings,
  type Received,
  recordArrival,
  tellStaff,
} from './inbound-arrival.js';
import { openCaseFromEmail } from './open-case-from-email.js';

export type { HeldReason, InboundSettings, Received };

/**
 * An email that came in (issue 16), by SMTP or from a mailbox, taken exactly once: stored as it
 * arrived in one transaction with what it does to its case. It belongs to a case when it answers
 * a message Redress sent for it, or names its tracking number (plus-address, subject) — and comes
 * from that case's customer. A tracking number from anyone else is held for staff. Mail that
 * finds no case opens one (C2: email is a way to complain), unless a machine sent it.
 */
export async function receiveEmail(
  ctx: AppContext,
  email: InboundEmail,
  settings: InboundSettings,
): Promise<Received> {
  const at = ctx.clock();
  if (email.isBounce) return receiveBounce(ctx, email, at);
  const found = await findThread(ctx.db, email, settings);
  if (found) {
    const fromCustomer = !!email.from && found.row.customerEmail?.toLowerCase() === email.from;
    if (!fromCustomer) return hold(ctx, email, at, 'not_the_customer');
    return attachToCase(ctx, email, found.row.id, found.threadedBy, at);
  }
  if (email.automatic) return hold(ctx, email, at, 'automatic');
  if (!email.from) return hold(ctx, email, at, 'no_sender');
  return openCaseFromEmail(ctx, email, settings, at);
}

async function findThread(
  db: Db,
  email: InboundEmail,
  settings: InboundSettings,
): Promise<{ row: Case; threadedBy: ThreadedBy } | undefined> {
  const answered = await caseOfSentMessages(db, [
    ...(email.inReplyTo ? [email.inReplyTo] : []),
    ...email.references,
  ]);
  if (answered) {
    const row = await findCaseById(db, answered);
    if (row) return { row, threadedBy: 'in_reply_to' };
  }
  const inbound = settings.address;
  for (const address of inbound ? email.to : []) {
    const number = trackingNumberOfAddress(address, inbound ?? '');
    const row = number ? await findCase(db, number) : undefined;
    if (row) return { row, threadedBy: 'plus_address' };
  }
  for (const number of trackingNumbersIn(email.subject)) {
    const row = await findCase(db, number);
    if (row) return { row, threadedBy: 'subject' };
  }
  return undefined;
}

/**
 * A reply on its case: stored and on the timeline (`message_received`); a case that waited for the
 * customer goes back to investigation, and its people are told. An auto-reply that threads is kept
 * on the case as what it is, and changes nothing.
 */
export async function attachToCase(
  ctx: AppContext,
  email: InboundEmail,
  caseId: string,
  threadedBy: ThreadedBy,
  at: Date,
): Promise<Received> {
  // Documents are written before the transaction that links them, and removed unless it commits.
  const documents = email.automatic
    ? { files: [], notKept: [] }
    : await documentsOfEmail(ctx, email.attachments);
  let outcome: Received;
  try {
    outcome = await ctx.db.transaction().execute(async (trx): Promise<Received> => {
      const row = await findCaseByIdForUpdate(trx, caseId);
      if (!row) throw new Error(`case ${caseId} vanished`);
      const id = await storeOnCase(trx, email, row, at);
      if (!id) return { outcome: 'duplicate' };
      await insertAttachments(trx, row.id, documents.files, at);
      const arrival = {
        storedMessageId: id,
        subject: email.subject,
        automatic: email.automatic,
        documents: documents.files.map((f) => f.fileName),
        attachmentsNotKept: documents.notKept,
      };
      await recordArrival(ctx, trx, row, { ...arrival, threadedBy }, at, !email.automatic);
      return { outcome: 'attached', messageRowId: id, trackingNumber: row.trackingNumber, threadedBy };
    });
  } catch (error) {
    removeDocuments(ctx, documents.files);
    throw error;
  }
  if (outcome.outcome === 'duplicate') removeDocuments(ctx, documents.files);
  else ctx.outbox.wake();
  return outcome;
}

/** The email stored on its case, once (undefined: it was taken before). */
function storeOnCase(trx: Db, email: InboundEmail, row: Case, at: Date): Promise<string | undefined> {
  const placed = { caseId: row.id, status: 'received' as const, language: row.language, reason: null };
  return insertInboundMessage(trx, email, placed, at);
}

/** A delivery-status notification: the message it reports on is `bounced`, and its case's people told. */
async function receiveBounce(ctx: AppContext, email: InboundEmail, at: Date): Promise<Received> {
  const outcome = await ctx.db.transaction().execute(async (trx): Promise<Received | undefined> => {
    const bounced = email.bounceOf ? await markBounced(trx, email.bounceOf, at) : undefined;
    const row = bounced?.caseId ? await findCaseByIdForUpdate(trx, bounced.caseId) : undefined;
    if (!bounced || !row) return undefined;
    const id = await storeOnCase(trx, email, row, at);
    if (!id) return { outcome: 'duplicate' };
    const saved = await recordCaseChange(trx, row, { actor: { type: 'system' }, channel: 'email', at }, [
      { type: 'message_bounced', data: { outboxId: bounced.id, storedMessageId: id } },
    ]);
    await tellStaff(ctx, trx, saved, 'message_bounced', at);
    return { outcome: 'bounce', messageRowId: id, trackingNumber: row.trackingNumber };
  });
  if (outcome) {
    if (outcome.outcome !== 'duplicate') ctx.outbox.wake();
    return outcome;
  }
  return hold(ctx, email, at, 'bounce_of_unknown_message');
}
