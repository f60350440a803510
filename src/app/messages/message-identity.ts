import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';

/**
 * The id and Message-ID of a new message: stable, so a message delivered twice after a crash is
 * recognisably the same message (also for one that a statement writes itself, from values it reads).
 */
export function outboxMessageIdentity(ctx: Pick<AppContext, 'messageIdDomain'>): {
  id: string;
  messageId: string;
} {
  const id = randomUUID();
  return { id, messageId: `<${id}@${ctx.messageIdDomain}>` };
}
