import { randomUUID } from 'node:crypto';
import type { NewOutboxMessage } from '../store/outbox-store.js';
import type { AppContext } from './context.js';

/**
 * A message for the outbox with its own id and a Message-ID made from it: stable, so a message
 * delivered twice after a crash is recognisably the same message.
 */
export function outboxMessage(
  ctx: AppContext,
  fields: Omit<NewOutboxMessage, 'id' | 'messageId'>,
): NewOutboxMessage {
  return { ...fields, ...outboxMessageIdentity(ctx) };
}

/** The id and Message-ID of a message that a statement writes itself (from values it reads). */
export function outboxMessageIdentity(ctx: AppContext): { id: string; messageId: string } {
  const id = randomUUID();
  return { id, messageId: `<${id}@${ctx.messageIdDomain}>` };
}
