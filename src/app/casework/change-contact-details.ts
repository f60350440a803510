import type { Updateable } from 'kysely';
import type { EventChannel } from '../../domain/channel.js';
import type { PreferredContact } from '../../domain/complaint.js';
import { may } from '../../domain/permissions.js';
import { type CaseRow, recordCaseChange } from '../../store/case-store.js';
import type { ComplaintCaseTable } from '../../store/schema.js';
import type { StaffMember } from '../auth/staff-member.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { identityStatus } from './identity-checks.js';

export interface ContactDetailsChange extends CaseChangeRequest {
  email?: string | null;
  phone?: string | null;
  postalAddress?: string | null;
  preferredContact?: PreferredContact;
}

/**
 * New contact details for the customer, only after a passed identity check (C4): otherwise anyone
 * who phones in could redirect a customer's mail. The event names the fields, not the values.
 */
export async function changeContactDetails(
  ctx: AppContext,
  staff: StaffMember,
  change: ContactDetailsChange,
  channel: EventChannel,
): Promise<Outcome<CaseRow>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return changeCaseAsStaff(ctx, staff, change, channel, async ({ trx, row, origin }) => {
    const status = await identityStatus({ ...ctx, db: trx }, staff, row.id);
    if (!status.verifiedUntil) return failure({ code: 'IDENTITY_CHECK_REQUIRED' });
    const columns: Updateable<ComplaintCaseTable> = {};
    if (change.email !== undefined) columns.customer_email = change.email?.toLowerCase() ?? null;
    if (change.phone !== undefined) columns.customer_phone = change.phone;
    if (change.postalAddress !== undefined) columns.customer_postal_address = change.postalAddress;
    if (change.preferredContact !== undefined) columns.preferred_contact = change.preferredContact;
    const after = { ...row, ...columns } as CaseRow;
    if (after.preferred_contact === 'post' ? !after.customer_postal_address : !after.customer_email) {
      const field = after.preferred_contact === 'post' ? '/postalAddress' : '/email';
      return failure({ code: 'INVALID_INPUT', fields: [{ field, rule: 'required' }] });
    }
    const saved = await recordCaseChange(
      trx,
      row,
      origin,
      [{ type: 'contact_details_changed', data: { fields: Object.keys(columns) } }],
      columns,
    );
    return success(saved);
  });
}
