import type { Case } from '../../domain/case.js';
import { acknowledgementMedium } from '../../domain/complaint.js';
import type { Db } from '../../store/database.js';
import { enqueueMessage, type NewOutboxMessage } from '../../store/outbox-store.js';
import type { AppContext } from '../context.js';
import { outgoingEmail } from '../messages/outgoing-email.js';
import { acknowledgementLetterMessage } from '../messages/outgoing-letter.js';
import { type AcknowledgedCase, acknowledgementOf } from './acknowledgement.js';

type CaseToAcknowledge = AcknowledgedCase & Pick<Case, 'customerType' | 'preferredContact'> & { id?: string };

/**
 * The acknowledgement a case causes, rendered now: an email when the customer is reached by
 * email, else a letter in the print queue. `firstContact` is the summary agreed when the case was
 * resolved at first contact.
 */
export async function acknowledgementMessage(
  ctx: AppContext,
  db: Db,
  row: CaseToAcknowledge,
  template: 'acknowledgement' | 'first_contact_confirmation',
  at: Date,
  firstContact: string | null = null,
  opensThread = false,
): Promise<NewOutboxMessage> {
  const email = row.customerEmail;
  const medium = acknowledgementMedium(
    { name: row.customerName ?? '', type: row.customerType ?? 'residential', email: email ?? undefined },
    row.preferredContact ?? 'email',
  );
  if (medium !== 'email' || !email)
    return acknowledgementLetterMessage(
      ctx,
      db,
      row,
      template,
      acknowledgementOf(row, 'letter', firstContact),
      at,
    );
  return outgoingEmail(
    ctx,
    db,
    {
      caseId: row.id ?? null,
      recipient: email,
      language: row.language,
      payload: { template, trackingNumber: row.trackingNumber, kind: row.kind },
      at,
      opensThread,
    },
    acknowledgementOf(row, medium, firstContact),
  );
}

/** Queues the acknowledgement email of an existing case in the caller's transaction. */
export async function queueAcknowledgement(
  ctx: AppContext,
  trx: Db,
  row: CaseToAcknowledge & { id: string },
  template: 'acknowledgement' | 'first_contact_confirmation',
  at: Date,
): Promise<void> {
  await enqueueMessage(trx, await acknowledgementMessage(ctx, trx, row, template, at));
}
