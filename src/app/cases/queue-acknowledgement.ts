import { acknowledgementMedium } from '../../domain/complaint.js';
import type { Db } from '../../store/database.js';
import { enqueueMessage, type NewOutboxMessage } from '../../store/outbox-store.js';
import type { ComplaintCaseTable } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { outboxMessage } from '../outbox-message.js';

type AcknowledgedCase = Pick<
  ComplaintCaseTable,
  | 'tracking_number'
  | 'kind'
  | 'language'
  | 'customer_name'
  | 'customer_email'
  | 'customer_type'
  | 'preferred_contact'
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
  const email = row.customer_email;
  const medium = acknowledgementMedium(
    { name: row.customer_name ?? '', type: row.customer_type ?? 'residential', email: email ?? undefined },
    row.preferred_contact ?? 'email',
  );
  if (medium !== 'email' || !email) return undefined;
  return outboxMessage(ctx, {
    caseId: row.id ?? null,
    recipient: email,
    language: row.language,
    payload: { template, trackingNumber: row.tracking_number, kind: row.kind },
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
