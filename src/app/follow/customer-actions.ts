import { CUSTOMER } from '../../domain/actor.js';
import { MAX_ATTACHMENTS, type StoredFile } from '../../domain/attachment.js';
import type { Case } from '../../domain/case.js';
import type { CustomerMessage } from '../../domain/customer-message.js';
import { insertAttachments } from '../../store/attachment-store.js';
import { appendEvents, findCaseById, findCaseForUpdate, recordCaseChange } from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import { findStaffById } from '../../store/staff-store.js';
import { wakingOutbox } from '../app-state.js';
import { applyLifecycleChange } from '../cases/apply-lifecycle-command.js';
import { closedDaysOf } from '../cases/case-calendar.js';
import { complaintAcknowledgedNow } from '../cases/complaint-acknowledged-now.js';
import { escalationDueDate } from '../cases/escalation-due-date.js';
import { queueAcknowledgement } from '../cases/queue-acknowledgement.js';
import { messageSentEvent, queueCustomerMessage } from '../casework/queue-customer-message.js';
import { sendQuickResolutionSummary } from '../casework/quick-resolution-summary.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { queueStaffCaseUpdate } from '../messages/staff-case-update.js';
import { policyInForce } from '../policies/policy-in-force.js';
import { getOrganisation } from '../settings/get-organisation.js';
import type { CustomerSession } from './customer-access.js';

/** Tells the case's owner that the customer wrote or acted (if the case has an owner). */
async function notifyOwner(ctx: AppContext, trx: Db, row: Case, at: Date, what: string) {
  if (!row.ownerId) return;
  const owner = await findStaffById(trx, row.ownerId);
  if (!owner?.active) return;
  await queueStaffCaseUpdate(ctx, trx, row, owner, what, at);
}

/** The customer writes to us from their case page (C7); the owner is told. */
export async function sendCustomerMessage(
  ctx: AppContext,
  session: CustomerSession,
  body: string,
): Promise<Outcome<{ eventVersion: number }>> {
  return wakingOutbox(
    ctx,
    ctx.db.transaction().execute(async (trx) => {
      const row = await findCaseForUpdate(trx, session.trackingNumber);
      if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
      if (row.status === 'closed') return failure({ code: 'CASE_CLOSED' });
      const at = ctx.clock();
      const saved = await recordCaseChange(trx, row, { actor: CUSTOMER, channel: 'web', at }, [
        { type: 'customer_message', data: { text: body } },
      ]);
      await notifyOwner(ctx, trx, saved, at, 'customer_message');
      return success({ eventVersion: saved.version });
    }),
  );
}

/**
 * The customer asks for a review by a senior manager, or straight by the head of support (C9):
 * acknowledged at once with its own date, recorded with their reason, and put in that level's queue.
 */
export async function requestCustomerEscalation(
  ctx: AppContext,
  session: CustomerSession,
  input: { reason: string; level?: 2 | 3 },
): Promise<Outcome<{ level: number; expectedResponseBy: string }>> {
  const at = ctx.clock();
  const row = await findCaseById(ctx.db, session.caseId);
  if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
  const answerBy = await escalationDueDate(ctx, row, at, input.level);
  const changed = await applyLifecycleChange(
    ctx,
    {
      trackingNumber: session.trackingNumber,
      command: { type: 'request_escalation', ...(input.level ? { level: input.level } : {}) },
      details: { customerWords: input.reason, requestedVia: 'web', expectedResponseBy: answerBy },
      columns: () => ({ ownerId: null, expectedResponseBy: answerBy }),
      alsoWrite: async (trx, saved, when) => {
        const message: CustomerMessage = {
          template: 'escalation_received',
          level: saved.escalationLevel,
          expectedResponseBy: answerBy,
        };
        const queued = await queueCustomerMessage(ctx, trx, saved, message, when);
        await appendEvents(trx, saved.id, saved.version, { actor: CUSTOMER, channel: 'web', at: when }, [
          messageSentEvent(queued),
        ]);
      },
    },
    CUSTOMER,
    'web',
  );
  if (!changed.ok) return changed;
  return wakingOutbox(ctx, success({ level: changed.value.escalationLevel, expectedResponseBy: answerBy }));
}

/** The customer accepts the outcome, or says they are not satisfied (which escalates a complaint). */
export async function replyToOutcome(
  ctx: AppContext,
  session: CustomerSession,
  input: { accepted: boolean; comment?: string },
): Promise<Outcome<Case>> {
  const row = await findCaseById(ctx.db, session.caseId);
  if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
  // Not satisfied: escalated like any request (C9), with its own date and acknowledgement.
  const answerBy = input.accepted ? null : await escalationDueDate(ctx, row, ctx.clock());
  return wakingOutbox(
    ctx,
    applyLifecycleChange(
      ctx,
      {
        trackingNumber: session.trackingNumber,
        command: { type: input.accepted ? 'accept_outcome' : 'reject_outcome' },
        details: {
          ...(input.comment ? { customerWords: input.comment } : {}),
          ...(answerBy ? { expectedResponseBy: answerBy } : {}),
        },
        columns: () => (answerBy ? { ownerId: null, expectedResponseBy: answerBy } : {}),
        alsoWrite: async (trx, saved, at) => {
          await notifyOwner(ctx, trx, saved, at, input.accepted ? 'outcome_accepted' : 'outcome_rejected');
          if (!answerBy) {
            await sendQuickResolutionSummary(ctx, trx, saved, { actor: CUSTOMER, channel: 'web', at });
            return;
          }
          const queued = await queueCustomerMessage(
            ctx,
            trx,
            saved,
            {
              template: 'escalation_received',
              level: saved.escalationLevel,
              expectedResponseBy: answerBy,
              afterRejection: true,
            },
            at,
          );
          await appendEvents(trx, saved.id, saved.version, { actor: CUSTOMER, channel: 'web', at }, [
            messageSentEvent(queued),
          ]);
        },
      },
      CUSTOMER,
      'web',
    ),
  );
}

/** A customer not satisfied with the answer to their question makes it a complaint (C1), acknowledged now. */
export async function convertOwnInquiry(
  ctx: AppContext,
  session: CustomerSession,
  reason: string | undefined,
): Promise<Outcome<Case>> {
  const [organisation, policy] = await Promise.all([getOrganisation(ctx), policyInForce(ctx)]);
  return wakingOutbox(
    ctx,
    applyLifecycleChange(
      ctx,
      {
        trackingNumber: session.trackingNumber,
        command: { type: 'convert_to_complaint' },
        details: reason ? { reason } : {},
        columns: complaintAcknowledgedNow(closedDaysOf(ctx, organisation), organisation, policy),
        alsoWrite: async (trx, saved, at) => {
          await queueAcknowledgement(ctx, trx, saved, 'acknowledgement', at);
          await notifyOwner(ctx, trx, saved, at, 'converted_to_complaint');
        },
      },
      CUSTOMER,
      'web',
    ),
  );
}

/** The customer adds documents (a bill, a letter, a screenshot) to their case; the owner is told. */
export async function addCustomerDocuments(
  ctx: AppContext,
  session: CustomerSession,
  files: readonly StoredFile[],
): Promise<Outcome<{ count: number }>> {
  const removeFiles = () => {
    for (const file of files) ctx.files.remove(file.storageKey);
  };
  if (files.length === 0) {
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/attachments', rule: 'required' }] });
  }
  if (files.length > MAX_ATTACHMENTS) {
    removeFiles();
    return failure({ code: 'ATTACHMENT_REFUSED', reason: 'too_many' });
  }
  try {
    const result = await ctx.db.transaction().execute(async (trx) => {
      const row = await findCaseForUpdate(trx, session.trackingNumber);
      if (!row) return failure<{ count: number }>({ code: 'NOT_FOUND', entity: 'case' });
      if (row.status === 'closed') return failure<{ count: number }>({ code: 'CASE_CLOSED' });
      const at = ctx.clock();
      await insertAttachments(trx, row.id, files, at);
      const saved = await recordCaseChange(trx, row, { actor: CUSTOMER, channel: 'web', at }, [
        { type: 'documents_attached', data: { files: files.map((f) => f.fileName) } },
      ]);
      await notifyOwner(ctx, trx, saved, at, 'documents_attached');
      return success({ count: files.length });
    });
    if (result.ok) ctx.outbox.wake();
    else removeFiles();
    return result;
  } catch (error) {
    removeFiles();
    throw error;
  }
}
