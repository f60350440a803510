import type { Case } from '../../domain/case.js';
import type { InboundEmail, ThreadedBy } from '../../domain/inbound-mail.js';
import { DEFAULT_LANGUAGE, type Language } from '../../domain/language.js';
import { recordCaseChange } from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import { insertInboundMessage, languageOfSender } from '../../store/inbound-store.js';
import { staffToTell } from '../../store/staff-store.js';
import { changeCase } from '../cases/change-case.js';
import type { AppContext } from '../context.js';
import { queueStaffCaseUpdate } from '../messages/staff-case-update.js';

// What the intake of email shares: its settings and outcomes, holding a message for staff, and a
// message's arrival on its case.

export interface InboundSettings {
  /** The address customers write to (plus-addresses are read against it). */
  address: string | undefined;
  newCaseKind: 'inquiry' | 'complaint';
  newCasesPerSenderPerHour: number;
}

/** What became of a received email. */
export type Received =
  | { outcome: 'duplicate' }
  | { outcome: 'attached'; messageRowId: string; trackingNumber: string; threadedBy: ThreadedBy }
  | { outcome: 'bounce'; messageRowId: string; trackingNumber: string | null }
  | { outcome: 'held'; messageRowId: string; reason: HeldReason }
  | { outcome: 'new_case'; messageRowId: string; trackingNumber: string };

export type HeldReason =
  | 'not_the_customer'
  | 'automatic'
  | 'no_sender'
  | 'too_many_new_cases'
  | 'bounce_of_unknown_message'
  | 'case_not_opened';

export async function senderLanguage(ctx: AppContext, email: InboundEmail): Promise<Language> {
  return (email.from ? await languageOfSender(ctx.db, email.from) : undefined) ?? DEFAULT_LANGUAGE;
}

export async function hold(
  ctx: AppContext,
  email: InboundEmail,
  at: Date,
  reason: HeldReason,
  language?: Language,
): Promise<Received> {
  language ??= await senderLanguage(ctx, email);
  const id = await insertInboundMessage(
    ctx.db,
    email,
    { caseId: null, status: 'held', language, reason },
    at,
  );
  return id ? { outcome: 'held', messageRowId: id, reason } : { outcome: 'duplicate' };
}

/** Tells whoever the case needs (owner, else team, else senior managers) what happened, by email. */
export async function tellStaff(ctx: AppContext, trx: Db, row: Case, what: string, at: Date): Promise<void> {
  for (const person of await staffToTell(trx, row.ownerId, row.teamId))
    await queueStaffCaseUpdate(ctx, trx, row, person, what, at);
}

/** A message that came in, on its case's timeline: the case moves on if it waited, its people are told. */
export async function recordArrival(
  ctx: AppContext,
  trx: Db,
  row: Case,
  arrival: {
    storedMessageId: string;
    subject: string;
    automatic: boolean;
    threadedBy: ThreadedBy | 'staff' | 'new_case';
    /** Attachments kept as case documents, and those that stay only in the message's bytes. */
    documents?: string[];
    attachmentsNotKept?: string[];
    /** The staff member who placed a held message. */
    sortedBy?: string;
  },
  at: Date,
  tell: boolean,
): Promise<Case> {
  const origin = { actor: { type: 'customer' as const }, channel: 'email' as const, at };
  let current = row;
  if (!arrival.automatic && row.status === 'waiting_for_customer') {
    const resumed = await changeCase(trx, row, { type: 'resume_investigation' }, origin);
    if (resumed.ok) current = resumed.value;
  }
  const saved = await recordCaseChange(trx, current, origin, [{ type: 'message_received', data: arrival }]);
  if (tell) await tellStaff(ctx, trx, saved, 'email_received', at);
  return saved;
}
