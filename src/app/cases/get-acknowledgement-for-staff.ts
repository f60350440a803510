import { maySeeCase } from '../../domain/permissions.js';
import { findCase } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import type { Acknowledgement } from './acknowledgement.js';
import { getAcknowledgement } from './get-acknowledgement.js';
import { caseAssignment } from './staff-case-change.js';

/** The acknowledgement of a case this staff member may see (to print it for the post). */
export async function getAcknowledgementForStaff(
  ctx: AppContext,
  staff: StaffMember,
  trackingNumber: string,
): Promise<Outcome<Acknowledgement>> {
  const row = await findCase(ctx.db, trackingNumber);
  if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
  if (!maySeeCase(staff, caseAssignment(row))) return failure({ code: 'FORBIDDEN' });
  const ack = await getAcknowledgement(ctx, trackingNumber);
  return ack ? success(ack) : failure({ code: 'NOT_FOUND', entity: 'case' });
}
