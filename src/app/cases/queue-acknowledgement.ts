import { randomUUID } from 'node:crypto';
import { acknowledgementMedium } from '../../domain/complaint.js';
import type { CaseRow } from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import { enqueueMessage } from '../../store/outbox-store.js';
import type { AppContext } from '../context.js';

/**
 * Queues the acknowledgement email of a case in the caller's transaction, when the customer is
 * reached by email; customers who prefer post get the printable letter instead.
 */
export async function queueAcknowledgement(
  ctx: AppContext,
  trx: Db,
  row: CaseRow,
  template: 'acknowledgement' | 'first_contact_confirmation',
  at: Date,
): Promise<void> {
  const email = row.customer_email;
  const medium = acknowledgementMedium(
    { name: row.customer_name ?? '', type: row.customer_type ?? 'residential', email: email ?? undefined },
    row.preferred_contact ?? 'email',
  );
  if (medium !== 'email' || !email) return;
  const id = randomUUID();
  await enqueueMessage(trx, {
    id,
    caseId: row.id,
    recipient: email,
    language: row.language,
    template,
    payload: { trackingNumber: row.tracking_number, kind: row.kind },
    messageId: `<${id}@${ctx.messageIdDomain}>`,
    at,
  });
}
