import { createHash } from 'node:crypto';
import type { Language } from '../../domain/language.js';
import type { OutboxPayload } from '../../domain/outbox-payload.js';
import { composeMail } from '../../notify/mime-message.js';
import type { Db } from '../../store/database.js';
import type { MessageContent, NewOutboxMessage } from '../../store/outbox-store.js';
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
  const identity = outboxMessageIdentity(ctx);
  const content = await emailContent(ctx, db, { ...email, messageId: identity.messageId }, acknowledgement);
  return { ...email, ...identity, content };
}

/** What an email says and the bytes it is sent as. */
export async function emailContent(
  ctx: AppContext,
  db: Db,
  email: Omit<EmailToQueue, 'caseId'> & { messageId: string },
  acknowledgement: Acknowledgement | undefined,
): Promise<MessageContent> {
  const words = await emailWords(ctx, db, email, acknowledgement);
  const { raw } = await composeMail(
    {
      ...words,
      messageId: email.messageId,
      from: ctx.mail.from,
      to: email.recipient,
      language: email.language,
    },
    email.at,
  );
  return { from: ctx.mail.from, ...words, raw, sha256: createHash('sha256').update(raw).digest('hex') };
}
