import type { Actor } from '../../domain/actor.js';
import { MAX_ATTACHMENTS } from '../../domain/attachment.js';
import { expectedDate } from '../../domain/business-calendar.js';
import { acknowledgementMedium, type CaseSubmission } from '../../domain/complaint.js';
import { missingContactDetails } from '../../domain/contact-details.js';
import { parseTrackingNumber } from '../../domain/tracking-number.js';
import { insertAttachments } from '../../store/attachment-store.js';
import { appendEvents } from '../../store/case-store.js';
import { claimIdempotencyKey, findIdempotencyRecord } from '../../store/idempotency-store.js';
import { saveReferences } from '../../store/reference-store.js';
import { loadOrganisation } from '../../store/settings-store.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { type Acknowledgement, acknowledgementOf } from './acknowledgement.js';
import { changeCase } from './change-case.js';
import { getAcknowledgement } from './get-acknowledgement.js';
import { openCase } from './open-case.js';
import { queueAcknowledgement } from './queue-acknowledgement.js';

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
    if (!result.ok) removeFiles();
    return result;
  } catch (error) {
    removeFiles();
    if (error instanceof KeyAlreadyUsed && idempotency) {
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

/** Thrown inside the transaction when a concurrent request with the same key committed first. */
class KeyAlreadyUsed extends Error {}

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
  const organisation = await loadOrganisation(ctx.db);
  const region = customer.region ?? organisation.defaultRegion;
  const medium = acknowledgementMedium(customer, submission.preferredContact);
  const origin = { actor, channel: submission.channel } as const;

  const attachments = submission.attachments ?? [];
  if (attachments.length > MAX_ATTACHMENTS)
    return failure({ code: 'ATTACHMENT_REFUSED', reason: 'too_many' });
  const acknowledgement = await openCase(
    ctx,
    {
      kind: submission.kind,
      channel: submission.channel,
      language: submission.language,
      receivedAt: submission.receivedAt,
    },
    actor,
    {
      prefix: organisation.trackingPrefix,
      details: {
        customer_name: customer.name,
        customer_email: customer.email ?? null,
        customer_phone: customer.phone ?? null,
        customer_postal_address: customer.postalAddress ?? null,
        customer_account_number: customer.accountNumber ?? null,
        customer_type: customer.type,
        customer_region: customer.region ?? null,
        service: submission.service,
        category: submission.category,
        description: submission.description,
        history: submission.history ?? null,
        desired_outcome: submission.desiredOutcome ?? null,
        preferred_contact: submission.preferredContact,
        calendar_region: region,
      },
      within: async (trx, received, at) => {
        await insertAttachments(trx, received.id, attachments, at);
        if (attachments.length > 0) {
          await appendEvents(trx, received.id, received.version, { ...origin, at }, [
            { type: 'documents_attached', data: { files: attachments.map((f) => f.fileName) } },
          ]);
        }
        await saveReferences(
          trx,
          received.id,
          submission.references.map((text) => {
            const parsed = parseTrackingNumber(text);
            return { text, trackingNumber: parsed.ok ? parsed.value : undefined };
          }),
        );
        const firstContact = submission.resolvedAtFirstContact;
        const expected = firstContact
          ? null
          : expectedDate(
              received.received_at,
              organisation.responseBusinessDays[submission.kind],
              { country: 'CA', region },
              new Set(organisation.closureDays),
            );
        const changed = await changeCase(
          trx,
          received,
          firstContact ? { type: 'resolve_at_first_contact' } : { type: 'acknowledge' },
          { ...origin, at },
          {
            details: firstContact
              ? { summary: firstContact.summary, medium }
              : { expectedResponseBy: expected, medium },
            columns: {
              acknowledged_at: at,
              expected_response_by: expected,
              resolved_at_first_contact: !!firstContact,
            },
          },
        );
        // A case just received can always be acknowledged; anything else is a bug worth a 500.
        if (!changed.ok) throw new Error(`intake could not acknowledge: ${JSON.stringify(changed.error)}`);
        await queueAcknowledgement(
          ctx,
          trx,
          changed.value,
          firstContact ? 'first_contact_confirmation' : 'acknowledgement',
          at,
        );
        if (idempotency) {
          const claimed = await claimIdempotencyKey(
            trx,
            IDEMPOTENCY_SCOPE,
            idempotency.key,
            {
              requestHash: idempotency.requestHash,
              responseStatus: 201,
              responseBody: { trackingNumber: received.tracking_number },
            },
            at,
          );
          if (!claimed) throw new KeyAlreadyUsed();
        }
        return acknowledgementOf(changed.value, medium, firstContact?.summary ?? null);
      },
    },
  );
  return success(acknowledgement);
}
