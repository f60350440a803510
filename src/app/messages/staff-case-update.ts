import type { Case } from '../../domain/case.js';
import type { StaffUser } from '../../domain/staff-user.js';
import type { Db } from '../../store/database.js';
import { enqueueMessage } from '../../store/outbox-store.js';
import type { AppContext } from '../context.js';
import { outgoingEmail } from './outgoing-email.js';

/** Tells a staff member, by email in their language, that something on a case needs them (`what`). */
export async function queueStaffCaseUpdate(
  ctx: AppContext,
  trx: Db,
  row: Pick<Case, 'id' | 'trackingNumber'>,
  person: Pick<StaffUser, 'email' | 'displayName' | 'language'>,
  what: string,
  at: Date,
): Promise<void> {
  await enqueueMessage(
    trx,
    await outgoingEmail(ctx, trx, {
      caseId: row.id,
      recipient: person.email,
      language: person.language,
      payload: {
        template: 'staff_case_update',
        trackingNumber: row.trackingNumber,
        displayName: person.displayName,
        what,
      },
      at,
    }),
  );
}
