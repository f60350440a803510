import { createHash } from 'node:crypto';
import { replyAddress } from '../../domain/inbound-mail.js';
import type { Language } from '../../domain/language.js';
import type { OutboxPayload } from '../../domain/outbox-payload.js';
import { composeMail } from '../../notify/mime-message.js';
import type { Db } from '../../store/database.js';
import { firstMessageTo, type MessageContent, type NewOutboxMessage } from '../../store/outbox-store.js';
import type { Acknowledgement } from '../cases/acknowledgement.js';
import type { AppContext } from '../context.js';
import { emailWords } from './email-words.js';
import { outboxMessageIdentity } from './message-identity.js';

interface EmailToQueue {
  caseId: string | null;
  recipient: string;
  language: Language;
  payload: OutboxPayload;
  at: Date;
  /** The first message of a case being created: it heads its own thread (nothing to look up). */
  opensThread?: boolean;
}

/**
 * An email for the outbox, rendered now, once: its words, the exact MIME bytes that SMTP will be
 * handed, and their SHA-256. Its id and Message-ID are its own and stable, so a message delivered
 * twice after a crash is recognisably the same message. `db` is the caller's transaction (the
 * settings it reads are the ones that commit with the message).
 */
export async function outgoingEmail(
  ctx: AppContext,
  db: Db,
  email: EmailToQueue,
  acknowledgement?: Acknowledgement,
): Promise<NewOutboxMessage> {
  const { opensThread, ...queued } = email;
  const identity = outboxMessageIdentity(ctx);
  const threadOf = opensThread ? null : email.caseId;
  const content = await emailContent(
    ctx,
    db,
    { ...queued, messageId: identity.messageId, threadOf },
    acknowledgement,
  );
  return { ...queued, ...identity, content };
}

/** What an email says and the bytes it is sent as. */
export async function emailContent(
  ctx: AppContext,
  db: Db,
  email: Omit<EmailToQueue, 'caseId'> & { messageId: string; threadOf: string | null },
  acknowledgement: Acknowledgement | undefined,
): Promise<MessageContent> {
  const words = await emailWords(ctx, db, email, acknowledgement);
  const { inboundAddress, plusAddressing } = ctx.mail;
  const about = 'trackingNumber' in email.payload ? email.payload.trackingNumber : null;
  // Mail clients thread what follows the case's first email to this person under it.
  const earlier = email.threadOf ? await firstMessageTo(db, email.threadOf, email.recipient) : undefined;
  const { raw } = await composeMail(
    {
      ...words,
      messageId: email.messageId,
      from: ctx.mail.from,
      to: email.recipient,
      language: email.language,
      ...(inboundAddress ? { replyTo: replyAddress(inboundAddress, about, plusAddressing === true) } : {}),
      ...(earlier && earlier !== email.messageId ? { inReplyTo: earlier } : {}),
    },
    email.at,
  );
  return { from: ctx.mail.from, ...words, raw, sha256: createHash('sha256').update(raw).digest('hex') };
}
