import type { Acknowledgement } from '../app/cases/acknowledgement.js';
import { getAcknowledgements } from '../app/cases/get-acknowledgement.js';
import type { AppContext } from '../app/context.js';
import { UnrenderableMessage } from '../app/messages/email-words.js';
import { emailContent } from '../app/messages/outgoing-email.js';
import { reportUndelivered } from '../app/messages/undelivered.js';
import type { Mailer, RawMail } from '../notify/mailer.js';
import {
  claimDueMessages,
  markFailedAttempt,
  markSent,
  type OutboxMessage,
  saveContent,
} from '../store/outbox-store.js';

export interface OutboxWorkerOptions {
  ctx: AppContext;
  mailer: Mailer;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  /** How often to look for due messages when not nudged. */
  pollMs?: number;
  /** How long a claimed message is left alone before another attempt (a worker may have died). */
  leaseMs?: number;
  /** After this many failed attempts a message is marked failed and no longer retried. */
  maxAttempts?: number;
  /** After a nudge, how long to wait for more messages before delivering them together. */
  gatherMs?: number;
}

export interface OutboxWorker {
  /** Deliver now rather than at the next poll (called after a change queues a message). */
  nudge(): void;
  /** One sweep; returns how many messages were delivered. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

/** 30 s, 1 min, 2 min, … capped at one hour: SMTP outages end, and nothing is lost meanwhile. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** Messages claimed at a time: each batch costs three statements, whatever its size. */
const BATCH_SIZE = 25;

/** The acknowledgements that messages queued without their words need (none, nowadays). */
async function acknowledgementsFor(
  ctx: AppContext,
  batch: readonly OutboxMessage[],
): Promise<Map<string, Acknowledgement>> {
  const numbers = batch.flatMap(({ payload, raw }) =>
    !raw && (payload.template === 'acknowledgement' || payload.template === 'first_contact_confirmation')
      ? [payload.trackingNumber]
      : [],
  );
  return numbers.length > 0 ? getAcknowledgements(ctx, numbers) : new Map();
}

/**
 * The bytes of a message as stored. A message queued without its words (a customer's access code,
 * written by one statement that does not read the case; or a row from before messages were
 * rendered when queued) is rendered now, once, and its words and bytes stored before it leaves.
 */
async function storedMail(
  ctx: AppContext,
  message: OutboxMessage,
  acknowledgements: ReadonlyMap<string, Acknowledgement>,
): Promise<RawMail> {
  if (message.raw && message.from)
    return { messageId: message.messageId, from: message.from, to: message.recipient, raw: message.raw };
  const { payload } = message;
  const acknowledgement =
    payload.template === 'acknowledgement' || payload.template === 'first_contact_confirmation'
      ? acknowledgements.get(payload.trackingNumber)
      : undefined;
  const content = await emailContent(
    ctx,
    ctx.db,
    { ...message, at: message.createdAt, threadOf: null },
    acknowledgement,
  );
  await saveContent(ctx.db, message.id, content);
  return { messageId: message.messageId, from: content.from, to: message.recipient, raw: content.raw };
}

/**
 * Delivers the outbox: at least once per message, with the row's stable Message-ID, retrying with
 * backoff. Messages are written by use cases in their own transactions; this only sends them.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { ctx, mailer, log } = options;
  const pollMs = options.pollMs ?? 2_000;
  const leaseMs = options.leaseMs ?? 120_000;
  const maxAttempts = options.maxAttempts ?? 12;
  const gatherMs = options.gatherMs ?? 20;
  let stopped = false;
  let running: Promise<number> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  async function deliver(
    row: OutboxMessage,
    acknowledgements: ReadonlyMap<string, Acknowledgement>,
  ): Promise<boolean> {
    try {
      await mailer.send(await storedMail(ctx, row, acknowledgements));
      log.info(
        { outboxId: row.id, template: row.payload.template, via: mailer.description },
        'message delivered',
      );
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const retry = !(error instanceof UnrenderableMessage) && row.attempts < maxAttempts;
      const retryAt = retry ? new Date(ctx.clock().getTime() + retryDelayMs(row.attempts)) : undefined;
      await markFailedAttempt(ctx.db, row.id, reason, retryAt, ctx.clock());
      log.warn({ outboxId: row.id, attempts: row.attempts, reason, retryAt }, 'message not delivered');
      // Given up: the case shows it and its people hear of it (issue 16: nothing abandoned silently).
      if (!retryAt) await reportUndelivered(ctx, row.id, reason);
      return false;
    }
  }

  async function sweep(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const batch = await claimDueMessages(ctx.db, ctx.clock(), leaseMs, BATCH_SIZE);
      const acknowledgements = await acknowledgementsFor(ctx, batch);
      const sent: string[] = [];
      // Several at once, as many as the mailer has connections: one SMTP conversation is a few
      // round trips, and a busy desk queues more messages a second than one connection carries.
      // A lane that fails (its failure could not be recorded: the database went away) stops; the
      // others finish, what was sent is marked, and then the failure ends this sweep.
      let next = 0;
      let failure: unknown;
      const lane = async () => {
        try {
          for (let row = batch[next++]; row && failure === undefined; row = batch[next++])
            if (await deliver(row, acknowledgements)) sent.push(row.id);
        } catch (error) {
          failure ??= error;
        }
      };
      await Promise.all(Array.from({ length: Math.min(mailer.connections, batch.length) }, lane));
      // Marked together, straight after the last delivery (no turn given away in between, so whoever
      // saw the last mail arrive reads it as sent). A crash before this line re-sends the batch
      // after the lease (same Message-IDs).
      await markSent(ctx.db, sent, ctx.clock());
      if (failure !== undefined) throw failure;
      delivered += sent.length;
      if (batch.length < BATCH_SIZE || stopped) return delivered;
    }
  }

  function runOnce(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = sweep()
      .catch((error: unknown) => {
        log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'outbox sweep failed');
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (again && !stopped) {
          again = false;
          void runOnce();
        }
      });
    return running;
  }

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      void runOnce().finally(schedule);
    }, pollMs);
    timer.unref();
  };
  schedule();

  // A nudge delivers a moment later rather than at once: messages queued in that moment (a busy
  // desk files many a second) go in one batch, whose claim, reads and marking cost the same
  // three statements as a batch of one.
  let gathering: NodeJS.Timeout | undefined;
  return {
    nudge: () => {
      if (stopped || gathering) return;
      gathering = setTimeout(() => {
        gathering = undefined;
        if (!stopped) void runOnce();
      }, gatherMs);
    },
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (gathering) clearTimeout(gathering);
      await running;
      mailer.close();
    },
  };
}
