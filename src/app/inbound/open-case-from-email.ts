import type { InboundEmail } from '../../domain/inbound-mail.js';
import { findCaseForUpdate } from '../../store/case-store.js';
import { placeInboundMessage } from '../../store/inbound-store.js';
import { takeInCase } from '../cases/take-in-case.js';
import type { AppContext } from '../context.js';
import { checkRateLimit } from '../limits/rate-limit.js';
import { documentsOfEmail } from './email-documents.js';
import {
  hold,
  type InboundSettings,
  type Received,
  recordArrival,
  senderLanguage,
} from './inbound-arrival.js';

const HOUR_MS = 3_600_000;
/** What a case's description holds at most (as a filing's); the whole email stays on the message. */
const DESCRIPTION_LIMIT = 20_000;

/**
 * Mail that matches no case opens one on channel `email` (C2), acknowledged to the sender like any
 * other (C6), in the language of their earlier case or the organisation's. A sender who opens more
 * than the hourly limit has the rest held for staff. The message is stored first as held (so it is
 * taken once, and never lost), then the case is opened and the message placed on it: a crash in
 * between leaves it held, in front of staff.
 */
export async function openCaseFromEmail(
  ctx: AppContext,
  email: InboundEmail,
  settings: InboundSettings,
  at: Date,
): Promise<Received> {
  const from = email.from ?? '';
  const limit = await checkRateLimit(
    ctx,
    `inbound-new-case:${from}`,
    settings.newCasesPerSenderPerHour,
    HOUR_MS,
  );
  const language = await senderLanguage(ctx, email);
  const held = await hold(ctx, email, at, limit.allowed ? 'case_not_opened' : 'too_many_new_cases', language);
  if (held.outcome !== 'held' || !limit.allowed) return held;
  const description = (email.text ?? '').trim() || email.subject || '(no text)';
  // Checked like a filing's; takeInCase removes them if the case is not stored.
  const documents = await documentsOfEmail(ctx, email.attachments);
  const opened = await takeInCase(
    ctx,
    {
      kind: settings.newCaseKind,
      language,
      channel: 'email',
      customer: { name: email.fromName ?? from, email: from, type: 'residential' },
      service: 'other',
      category: 'other',
      description: description.slice(0, DESCRIPTION_LIMIT),
      references: [],
      preferredContact: 'email',
      receivedAt: at,
      attachments: documents.files,
    },
    { type: 'customer' },
  );
  if (!opened.ok) return held;
  const { trackingNumber } = opened.value;
  const placed = await ctx.db.transaction().execute(async (trx) => {
    const row = await findCaseForUpdate(trx, trackingNumber);
    if (!row || !(await placeInboundMessage(trx, held.messageRowId, row.id))) return false;
    const arrival = {
      storedMessageId: held.messageRowId,
      subject: email.subject,
      automatic: false,
      documents: documents.files.map((f) => f.fileName),
      attachmentsNotKept: documents.notKept,
    };
    // A new case waits in the queue like any filing: nobody is emailed about it.
    await recordArrival(ctx, trx, row, { ...arrival, threadedBy: 'new_case' }, at, false);
    return true;
  });
  return placed ? { outcome: 'new_case', messageRowId: held.messageRowId, trackingNumber } : held;
}
