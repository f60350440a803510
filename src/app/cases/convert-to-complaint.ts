import type { Actor } from '../../domain/actor.js';
import { expectedDate } from '../../domain/business-calendar.js';
import type { EventChannel } from '../../domain/channel.js';
import type { AppContext } from '../context.js';
import { type Outcome, success } from '../errors.js';
import { getOrganisation } from '../settings/get-organisation.js';
import { type Acknowledgement, acknowledgementOf } from './acknowledgement.js';
import { applyLifecycleChange } from './apply-lifecycle-command.js';
import { getAcknowledgement } from './get-acknowledgement.js';
import { queueAcknowledgement } from './queue-acknowledgement.js';

/**
 * A customer is not satisfied with the answer to a question, so it becomes a complaint (C1). Its
 * history stays on the same case; the complaint is acknowledged at this moment, and its clock
 * (the expected date) starts now, not at the original question.
 */
export async function convertToComplaint(
  ctx: AppContext,
  input: { trackingNumber: string; expectedVersion?: number; reason?: string },
  actor: Actor,
  channel: EventChannel,
): Promise<Outcome<Acknowledgement>> {
  const organisation = await getOrganisation(ctx);
  const closures = new Set(organisation.closureDays);
  const converted = await applyLifecycleChange(
    ctx,
    {
      trackingNumber: input.trackingNumber,
      command: { type: 'convert_to_complaint' },
      expectedVersion: input.expectedVersion,
      details: input.reason ? { reason: input.reason } : {},
      columns: (row, at) => ({
        acknowledged_at: at,
        expected_response_by: expectedDate(
          at,
          organisation.responseBusinessDays.complaint,
          { country: 'CA', region: row.calendar_region ?? organisation.defaultRegion },
          closures,
        ),
      }),
      alsoWrite: (trx, saved, at) => queueAcknowledgement(ctx, trx, saved, 'acknowledgement', at),
    },
    actor,
    channel,
  );
  if (!converted.ok) return converted;
  const ack = await getAcknowledgement(ctx, converted.value.tracking_number);
  return success(ack ?? acknowledgementOf(converted.value, 'letter', null));
}
