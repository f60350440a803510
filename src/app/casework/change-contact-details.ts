import type { Case, CaseFields } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import type { PreferredContact } from '../../domain/complaint.js';
import { may } from '../../domain/permissions.js';
import { caseColumns, recordCaseChange } from '../../store/case-store.js';
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
): Promise<Outcome<Case>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return changeCaseAsStaff(ctx, staff, change, channel, async ({ trx, row, origin }) => {
    const status = await identityStatus({ ...ctx, db: trx }, staff, row.id);
    if (!status.verifiedUntil) return failure({ code: 'IDENTITY_CHECK_REQUIRED' });
    const columns: CaseFields = {};
    if (change.email !== undefined) columns.customerEmail = change.email?.toLowerCase() ?? null;
    if (change.phone !== undefined) columns.customerPhone = change.phone;
    if (change.postalAddress !== undefined) columns.customerPostalAddress = change.postalAddress;
    if (change.preferredContact !== undefined) columns.preferredContact = change.preferredContact;
    const after = { ...row, ...columns } as Case;
    if (after.preferredContact === 'post' ? !after.customerPostalAddress : !after.customerEmail) {
      const field = after.preferredContact === 'post' ? '/postalAddress' : '/email';
      return failure({ code: 'INVALID_INPUT', fields: [{ field, rule: 'required' }] });
    }
    const saved = await recordCaseChange(
      trx,
      row,
      origin,
      // The event names the columns changed, as it always has (stored history keeps its words).
      [{ type: 'contact_details_changed', data: { fields: Object.keys(caseColumns(columns)) } }],
      columns,
    );
    return success(saved);
  });
}
