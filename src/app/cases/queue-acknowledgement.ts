import type { Case } from '../../domain/case.js';
import { acknowledgementMedium } from '../../domain/complaint.js';
import type { Db } from '../../store/database.js';
import { enqueueMessage, type NewOutboxMessage } from '../../store/outbox-store.js';
import type { AppContext } from '../context.js';
import { outboxMessage } from '../outbox-message.js';

type AcknowledgedCase = Pick<
  Case,
  | 'trackingNumber'
  | 'kind'
  | 'language'
  | 'customerName'
  | 'customerEmail'
  | 'customerType'
  | 'preferredContact'
>;

/**
 * The acknowledgement email a case causes, when the customer is reached by email; customers who
 * prefer post get the printable letter instead (undefined here).
 */
export function acknowledgementMessage(
  ctx: AppContext,
  row: AcknowledgedCase & { id?: string },
  template: 'acknowledgement' | 'first_contact_confirmation',
  at: Date,
): NewOutboxMessage | undefined {
  const email = row.customerEmail;
  const medium = acknowledgementMedium(
    { name: row.customerName ?? '', type: row.customerType ?? 'residential', email: email ?? undefined },
    row.preferredContact ?? 'email',
  );
  if (medium !== 'email' || !email) return undefined;
  return outboxMessage(ctx, {
    caseId: row.id ?? null,
    recipient: email,
    language: row.language,
    payload: { template, trackingNumber: row.trackingNumber, kind: row.kind },
    at,
  });
}

/** Queues the acknowledgement email of an existing case in the caller's transaction. */
export async function queueAcknowledgement(
  ctx: AppContext,
  trx: Db,
  row: AcknowledgedCase & { id: string },
  template: 'acknowledgement' | 'first_contact_confirmation',
  at: Date,
): Promise<void> {
  const message = acknowledgementMessage(ctx, row, template, at);
  if (message) await enqueueMessage(trx, message);
}
