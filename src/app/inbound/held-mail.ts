import { may, maySeeCase } from '../../domain/permissions.js';
import type { StoredMessage } from '../../domain/stored-message.js';
import { findCaseForUpdate } from '../../store/case-store.js';
import { findInboundMessage, type HeldMessage, placeInboundMessage } from '../../store/inbound-store.js';
import { inboundMessages } from '../../store/message-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { caseAssignment } from '../cases/staff-case-change.js';
import { takeInCase } from '../cases/take-in-case.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { recordArrival } from './inbound-arrival.js';

/** "Mail to sort": what came in and waits for staff, oldest first (those who record cases sort it). */
export async function listInboundMessages(
  ctx: AppContext,
  staff: StaffMember,
  status: 'held' | 'received',
): Promise<Outcome<StoredMessage[]>> {
  if (!may(staff.role, 'case.record')) return failure({ code: 'FORBIDDEN' });
  return success(await inboundMessages(ctx.db, status, 200));
}

async function heldOrRefusal(trx: AppContext['db'], id: string) {
  const message = await findInboundMessage(trx, id);
  if (!message) return failure({ code: 'NOT_FOUND', entity: 'message' });
  if (message.status !== 'held') return failure({ code: 'ALREADY_SORTED' });
  return success(message);
}

/** A held message placed on a case by staff: on its timeline as a message from the customer. */
export async function assignInboundMessage(
  ctx: AppContext,
  staff: StaffMember,
  id: string,
  trackingNumber: string,
): Promise<Outcome<{ trackingNumber: string }>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const held = await heldOrRefusal(trx, id);
    if (!held.ok) return held;
    const row = await findCaseForUpdate(trx, trackingNumber);
    if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
    if (!maySeeCase(staff, caseAssignment(row))) return failure({ code: 'FORBIDDEN' });
    if (!(await placeInboundMessage(trx, id, row.id))) return failure({ code: 'ALREADY_SORTED' });
    const arrival = {
      storedMessageId: id,
      subject: held.value.subject ?? '',
      automatic: false,
      sortedBy: staff.id,
    };
    await recordArrival(
      ctx,
      trx,
      row,
      { ...arrival, threadedBy: 'staff' },
      ctx.clock(),
      row.ownerId !== staff.id,
    );
    return success({ trackingNumber: row.trackingNumber });
  });
  if (outcome.ok) ctx.outbox.wake();
  return outcome;
}

/** A held message that is a new matter: a case opened from it (channel email), acknowledged to its sender. */
export async function openCaseFromInboundMessage(
  ctx: AppContext,
  staff: StaffMember,
  id: string,
  kind: 'inquiry' | 'complaint',
): Promise<Outcome<{ trackingNumber: string }>> {
  if (!may(staff.role, 'case.record')) return failure({ code: 'FORBIDDEN' });
  const held = await heldOrRefusal(ctx.db, id);
  if (!held.ok) return held;
  const message: HeldMessage = held.value;
  if (!message.from)
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/from', rule: 'required' }] });
  const name = /^\s*"?([^"<]+?)"?\s*</.exec(message.fromHeader ?? '')?.[1] ?? message.from;
  const opened = await takeInCase(
    ctx,
    {
      kind,
      language: message.language,
      channel: 'email',
      customer: { name, email: message.from, type: 'residential' },
      service: 'other',
      category: 'other',
      description: ((message.text ?? '').trim() || message.subject || '(no text)').slice(0, 20_000),
      references: [],
      preferredContact: 'email',
    },
    { type: 'staff', staffId: staff.id },
  );
  if (!opened.ok) return opened;
  const placed = await assignInboundMessage(ctx, staff, id, opened.value.trackingNumber);
  return placed.ok ? success({ trackingNumber: opened.value.trackingNumber }) : placed;
}
