import type { EventChannel } from '../../domain/channel.js';
import { may, maySeeCase } from '../../domain/permissions.js';
import { findCase } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { policyInForce } from '../policies/policy-in-force.js';
import { getOrganisation } from '../settings/get-organisation.js';
import { type Acknowledgement, acknowledgementOf } from './acknowledgement.js';
import { applyLifecycleChange } from './apply-lifecycle-command.js';
import { closedDaysOf } from './case-calendar.js';
import { complaintAcknowledgedNow } from './complaint-acknowledged-now.js';
import { getAcknowledgement } from './get-acknowledgement.js';
import { queueAcknowledgement } from './queue-acknowledgement.js';
import { caseAssignment, staffActor } from './staff-case-change.js';

/**
 * A customer is not satisfied with the answer to a question, so it becomes a complaint (C1). Its
 * history stays on the same case; the complaint is acknowledged at this moment, and its clock
 * (the expected date) starts now, not at the original question.
 */
export async function convertToComplaint(
  ctx: AppContext,
  input: { trackingNumber: string; expectedVersion?: number; reason?: string },
  staff: StaffMember,
  channel: EventChannel,
): Promise<Outcome<Acknowledgement>> {
  if (!may(staff.role, 'case.record')) return failure({ code: 'FORBIDDEN' });
  const existing = await findCase(ctx.db, input.trackingNumber);
  if (!existing) return failure({ code: 'NOT_FOUND', entity: 'case' });
  if (!maySeeCase(staff, caseAssignment(existing))) return failure({ code: 'FORBIDDEN' });
  const [organisation, policy] = await Promise.all([getOrganisation(ctx), policyInForce(ctx)]);
  const converted = await applyLifecycleChange(
    ctx,
    {
      trackingNumber: input.trackingNumber,
      command: { type: 'convert_to_complaint' },
      expectedVersion: input.expectedVersion,
      details: input.reason ? { reason: input.reason } : {},
      columns: complaintAcknowledgedNow(closedDaysOf(ctx, organisation), organisation, policy),
      alsoWrite: (trx, saved, at) => queueAcknowledgement(ctx, trx, saved, 'acknowledgement', at),
    },
    staffActor(staff),
    channel,
  );
  if (!converted.ok) return converted;
  const ack = await getAcknowledgement(ctx, converted.value.trackingNumber);
  return success(ack ?? acknowledgementOf(converted.value, 'letter', null));
}
