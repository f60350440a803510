import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/actor.js';
import { MAX_ATTACHMENTS } from '../../domain/attachment.js';
import { calendarFrom } from '../../domain/business-calendar.js';
import { applyLifecycleCommand, receivedCase } from '../../domain/case-lifecycle.js';
import { firstAlarmCheck } from '../../domain/commitment-watch.js';
import { acknowledgementMedium, type CaseSubmission } from '../../domain/complaint.js';
import { missingContactDetails } from '../../domain/contact-details.js';
import { dueDateFrom, ombudsmanLetterDueOn, timesFor } from '../../domain/policy.js';
import { parseTrackingNumber } from '../../domain/tracking-number.js';
import { IdempotencyKeyTaken } from '../../store/case-intake.js';
import { findIdempotencyRecord } from '../../store/idempotency-store.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { policyInForce } from '../policies/policy-in-force.js';
import { getOrganisation } from '../settings/get-organisation.js';
import { type Acknowledgement, acknowledgementOf } from './acknowledgement.js';
import { closedDaysOf } from './case-calendar.js';
import { getAcknowledgement } from './get-acknowledgement.js';
import { acknowledgementMessage } from './queue-acknowledgement.js';
import { withFreshTrackingNumber } from './with-fresh-tracking-number.js';

/**
 * A complaint or inquiry comes in, by any channel (C1, C2), and is acknowledged at once (C6):
 * in one transaction the case is stored with what the customer said (C3), acknowledged with its
 * expected date, or recorded as resolved at first contact (C5), and the acknowledgement email is
 * queued in the outbox. Only after the commit does anyone see a tracking number.
 */
export async function takeInCase(
  ctx: AppContext,
  submission: CaseSubmission,
  actor: Actor,
  idempotency?: IdempotencyKey,
): Promise<Outcome<Acknowledgement>> {
  // Uploaded files were stored before this call; unless the case that links them commits, remove them.
  const removeFiles = () => {
    for (const file of submission.attachments ?? []) ctx.files.remove(file.storageKey);
  };
  if (idempotency) {
    const earlier = await replay(ctx, idempotency);
    if (earlier) {
      removeFiles();
      return earlier;
    }
  }
  try {
    const result = await storeAndAcknowledge(ctx, submission, actor, idempotency);
    if (result.ok)
      ctx.outbox.wake(); // its acknowledgement is in the outbox, committed
    else removeFiles();
    return result;
  } catch (error) {
    removeFiles();
    if (error instanceof IdempotencyKeyTaken && idempotency) {
      const earlier = await replay(ctx, idempotency);
      if (earlier) return earlier;
    }
    throw error;
  }
}

/** The client's `Idempotency-Key` and a hash of its request body. */
export interface IdempotencyKey {
  key: string;
  requestHash: string;
}

const IDEMPOTENCY_SCOPE = 'intake';

/** The answer given earlier for this key: the same acknowledgement, or a conflict if the body differs. */
async function replay(
  ctx: AppContext,
  idempotency: IdempotencyKey,
): Promise<Outcome<Acknowledgement> | undefined> {
  const record = await findIdempotencyRecord(ctx.db, IDEMPOTENCY_SCOPE, idempotency.key);
  if (!record) return undefined;
  if (record.requestHash !== idempotency.requestHash) return failure({ code: 'IDEMPOTENCY_KEY_REUSED' });
  const body = record.responseBody as { trackingNumber?: unknown };
  const ack =
    typeof body.trackingNumber === 'string' ? await getAcknowledgement(ctx, body.trackingNumber) : undefined;
  if (!ack) throw new Error(`idempotency record without its case: ${idempotency.key}`);
  return success(ack);
}

async function storeAndAcknowledge(
  ctx: AppContext,
  submission: CaseSubmission,
  actor: Actor,
  idempotency: IdempotencyKey | undefined,
): Promise<Outcome<Acknowledgement>> {
  const now = ctx.clock();
  if (submission.receivedAt && submission.receivedAt.getTime() > now.getTime()) {
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/receivedAt', rule: 'dateInFuture' }] });
  }
  const { customer } = submission;
  const missing = missingContactDetails(customer, submission.preferredContact);
  if (missing.length > 0) {
    return failure({
      code: 'INVALID_INPUT',
      fields: missing.map((name) => ({ field: `/customer/${name}`, rule: 'required' as const })),
    });
  }
  const [organisation, policy] = await Promise.all([getOrganisation(ctx), policyInForce(ctx)]);
  const region = customer.region ?? organisation.defaultRegion;
  const medium = acknowledgementMedium(customer, submission.preferredContact);

  const attachments = submission.attachments ?? [];
  if (attachments.length > MAX_ATTACHMENTS)
    return failure({ code: 'ATTACHMENT_REFUSED', reason: 'too_many' });
  const firstContact = submission.resolvedAtFirstContact;
  const receivedAt = submission.receivedAt ?? now;
  // C6: the dates promised, by the policy in force, in the customer's calendar.
  const calendar = customer.abroad
    ? calendarFrom(customer.abroad.country, customer.abroad.region, region)
    : calendarFrom('CA', region, region);
  if (customer.abroad && calendar.country !== customer.abroad.country)
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/customer/region', rule: 'invalid' }] });
  const closed = closedDaysOf(ctx, organisation);
  const times = timesFor(policy.rules, {
    kind: submission.kind,
    category: submission.category,
    customerType: customer.type,
    urgent: !!submission.urgentReason && policy.rules.urgent.reasons.includes(submission.urgentReason),
  });
  const expected = firstContact ? null : dueDateFrom(receivedAt, times.investigation, calendar, closed);
  const nextUpdate = firstContact ? null : dueDateFrom(receivedAt, times.updateInterval, calendar, closed);
  // C7: regular contact; an update due before the outcome is watched like any promise.
  const nextUpdateBy = nextUpdate && expected && nextUpdate < expected ? nextUpdate : null;
  // The domain decides the first move: acknowledged at once (C6), or resolved at first contact (C5).
  const moved = applyLifecycleCommand(
    receivedCase(submission.kind),
    firstContact ? { type: 'resolve_at_first_contact' } : { type: 'acknowledge' },
  );
  if (!moved.ok) throw new Error(`a received case could not be acknowledged: ${JSON.stringify(moved.error)}`);
  const references = submission.references.map((text) => {
    const parsed = parseTrackingNumber(text);
    return { text, trackingNumber: parsed.ok ? parsed.value : undefined };
  });

  const stored = await withFreshTrackingNumber(ctx, organisation.trackingPrefix, async (trackingNumber) => {
    const values = {
      id: randomUUID(),
      trackingNumber: trackingNumber,
      kind: submission.kind,
      status: moved.state.status,
      escalationLevel: moved.state.escalationLevel,
      remedyPromised: moved.state.remedyPromised,
      channel: submission.channel,
      language: submission.language,
      receivedAt: receivedAt,
      recordedAt: now,
      version: 2,
      customerName: customer.name,
      customerEmail: customer.email ?? null,
      customerPhone: customer.phone ?? null,
      customerPostalAddress: customer.postalAddress ?? null,
      customerAccountNumber: customer.accountNumber ?? null,
      customerType: customer.type,
      customerRegion: customer.region ?? null,
      service: submission.service,
      category: submission.category,
      description: submission.description,
      history: submission.history ?? null,
      desiredOutcome: submission.desiredOutcome ?? null,
      preferredContact: submission.preferredContact,
      calendarCountry: calendar.country,
      calendarRegion: calendar.region,
      urgentReason: submission.urgentReason ?? null,
      acknowledgedAt: now,
      expectedResponseBy: expected,
      nextUpdateBy: nextUpdateBy,
      resolvedAtFirstContact: !!firstContact,
      policyId: policy.policyId,
      policyVersion: policy.version,
      // The sweep reads the case only when something can fall due (not on every pass before that).
      alarmCheckAt: firstAlarmCheck(
        {
          status: moved.state.status,
          expectedResponseBy: expected,
          nextUpdateBy,
          calendar,
          ombudsmanNoticeDueOn:
            submission.kind === 'complaint'
              ? ombudsmanLetterDueOn(receivedAt, calendar, policy.rules.ombudsman)
              : null,
        },
        now,
        {
          reminderHoursBefore: organisation.reminderHoursBefore,
          automaticProgressNotice: organisation.automaticProgressNotice,
          closed,
        },
      ),
    };
    // The acknowledgement is rendered now, once, from what is being stored; its event names it.
    const message = await acknowledgementMessage(
      ctx,
      ctx.db,
      values,
      firstContact ? 'first_contact_confirmation' : 'acknowledgement',
      now,
      firstContact?.summary ?? null,
      true, // a new case: its acknowledgement heads the thread
    );
    const history = {
      values,
      origin: { actor, channel: submission.channel, at: now },
      events: [
        {
          caseVersion: 1,
          type: 'case_received',
          data: { kind: submission.kind, receivedAt: receivedAt.toISOString() },
        },
        ...(attachments.length > 0
          ? [
              {
                caseVersion: 1,
                type: 'documents_attached',
                data: { files: attachments.map((f) => f.fileName) },
              },
            ]
          : []),
        ...moved.events.map(({ type, ...data }) => ({
          caseVersion: 2,
          type,
          data: {
            ...data,
            ...(firstContact ? { summary: firstContact.summary } : { expectedResponseBy: expected }),
            medium,
            ...(message ? { outboxId: message.id } : {}),
          },
        })),
      ],
      message,
    };
    // Every filing, whatever it carries, goes the same way: the case with its events, its
    // acknowledgement, its documents, the earlier cases it names and its idempotency key, in one
    // statement shared with the filings that arrive at the same moment. A key claimed meanwhile
    // by a concurrent retry rejects with IdempotencyKeyTaken, and that request's answer is replayed.
    await ctx.intake.add({
      ...history,
      attachments,
      references,
      ...(idempotency
        ? {
            idempotencyKey: {
              scope: IDEMPOTENCY_SCOPE,
              key: idempotency.key,
              requestHash: idempotency.requestHash,
              responseStatus: 201,
              responseBody: { trackingNumber },
            },
          }
        : {}),
    });
    return values;
  });
  const acknowledgement = acknowledgementOf(stored, medium, firstContact?.summary ?? null);
  return success(acknowledgement);
}
