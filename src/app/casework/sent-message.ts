import { timeZoneOf } from '../../domain/business-calendar.js';
import type { CustomerMessage } from '../../domain/customer-message.js';
import type { Language } from '../../domain/language.js';
import { maySeeCase } from '../../domain/permissions.js';
import { eventOfCase, findCase } from '../../store/case-store.js';
import { rawOfMessage } from '../../store/message-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { calendarOfCase } from '../cases/case-calendar.js';
import { caseAssignment } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { getOrganisation } from '../settings/get-organisation.js';

/** A message as it was sent, with what a letter needs around it (addressee, language, region). */
export interface SentMessage {
  message: CustomerMessage;
  trackingNumber: string;
  language: Language;
  customerName: string;
  /** Shown on a letter only: staff print what the post needs. */
  postalAddress: string | null;
  /** The customer's time zone, for the letter's date. */
  timeZone: string;
  sentAt: Date;
  /** The letter's PDF as it was rendered when written (issue 16); null for one from before. */
  storedPdf: Buffer | null;
}

/** One `message_sent` event of a case, e.g. to print it as a letter. */
export async function getSentMessage(
  ctx: AppContext,
  staff: StaffMember,
  trackingNumber: string,
  eventId: number,
): Promise<Outcome<SentMessage>> {
  const row = await findCase(ctx.db, trackingNumber);
  if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
  if (!maySeeCase(staff, caseAssignment(row))) return failure({ code: 'FORBIDDEN' });
  const event = await eventOfCase(ctx.db, row.id, eventId);
  if (event?.type !== 'message_sent') return failure({ code: 'NOT_FOUND', entity: 'message' });
  const stored =
    typeof event.data.outboxId === 'string'
      ? await rawOfMessage(ctx.db, row.id, event.data.outboxId)
      : undefined;
  return success({
    message: event.data.message as CustomerMessage,
    trackingNumber: row.trackingNumber,
    language: row.language,
    customerName: row.customerName ?? '',
    postalAddress: row.customerPostalAddress,
    timeZone: timeZoneOf(calendarOfCase(row, await getOrganisation(ctx))),
    sentAt: event.occurredAt,
    storedPdf: stored?.subarray(0, 5).toString() === '%PDF-' ? stored : null,
  });
}
