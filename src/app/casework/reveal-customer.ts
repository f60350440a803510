import type { EventChannel } from '../../domain/channel.js';
import { maySeeCase } from '../../domain/permissions.js';
import type { CustomerDetails } from '../../domain/personal-data.js';
import { findCase, recordCaseAccess } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { caseAssignment, staffActor } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { identityStatus } from './identity-checks.js';

/**
 * The customer's details unmasked (C4), only after this staff member passed an identity check on
 * the case, and every such view is an event: who saw which personal data, when.
 */
export async function revealCustomer(
  ctx: AppContext,
  staff: StaffMember,
  trackingNumber: string,
  channel: EventChannel,
): Promise<Outcome<CustomerDetails>> {
  const row = await findCase(ctx.db, trackingNumber);
  if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
  if (!maySeeCase(staff, caseAssignment(row))) return failure({ code: 'FORBIDDEN' });
  const status = await identityStatus(ctx, staff, row.id);
  if (!status.verifiedUntil) return failure({ code: 'IDENTITY_CHECK_REQUIRED' });
  const details: CustomerDetails = {
    name: row.customerName ?? '',
    email: row.customerEmail,
    phone: row.customerPhone,
    postalAddress: row.customerPostalAddress,
    accountNumber: row.customerAccountNumber,
  };
  const shown = (Object.keys(details) as (keyof CustomerDetails)[]).filter((k) => details[k] !== null);
  await ctx.db.transaction().execute((trx) =>
    recordCaseAccess(
      trx,
      row,
      { actor: staffActor(staff), channel, at: ctx.clock() },
      {
        type: 'personal_data_viewed',
        data: { fields: shown },
      },
    ),
  );
  return success(details);
}
