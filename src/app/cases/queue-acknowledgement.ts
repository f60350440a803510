import type { Case } from '../../domain/case.js';
import { acknowledgementMedium } from '../../domain/complaint.js';
import type { Db } from '../../store/database.js';
import { enqueueMessage, type NewOutboxMessage } from '../../store/outbox-store.js';
import type { AppContext } from '../context.js';
import { outgoingEmail } from '../messages/outgoing-email.js';
import { type AcknowledgedCase, acknowledgementOf } from './acknowledgement.js';

type CaseToAcknowledge = AcknowledgedCase & Pick<Case, 'customerType' | 'preferredContact'> & { id?: string };

/**
 * The acknowledgement email a case causes, rendered now, when the customer is reached by email;
 * customers who prefer post get the printable letter instead (undefined here). `firstContact` is
 * the summary agreed when the case was resolved at first contact.
 */
export async function acknowledgementMessage(
  ctx: AppContext,
  db: Db,
  row: CaseToAcknowledge,
  template: 'acknowledgement' | 'first_contact_confirmation',
  at: Date,
  firstContact: string | null = null,
): Promise<NewOutboxMessage | undefined> {
  const email = row.customerEmail;
  const medium = acknowledgementMedium(
    { name: row.customerName ?? '', type: row.customerType ?? 'residential', email: email ?? undefined },
    row.preferredContact ?? 'email',
  );
  if (medium !== 'email' || !email) return undefined;
  return outgoingEmail(
    ctx,
    db,
    {
      caseId: row.id ?? null,
      recipient: email,
      language: row.language,
      payload: { template, trackingNumber: row.trackingNumber, kind: row.kind },
      at,
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
  const message = await acknowledgementMessage(ctx, trx, row, template, at);
  if (message) await enqueueMessage(trx, message);
}
