import type { Actor } from '../../domain/actor.js';
import { type CaseKind, receivedCase } from '../../domain/case-lifecycle.js';
import type { IntakeChannel } from '../../domain/channel.js';
import type { Language } from '../../domain/language.js';
import { generateTrackingNumber } from '../../domain/tracking-number.js';
import {
  appendEvents,
  type CaseRow,
  insertCase,
  isUniqueViolation,
  type NewCase,
} from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import type { AppContext } from '../context.js';

export interface OpenCaseInput {
  kind: CaseKind;
  channel: IntakeChannel;
  language: Language;
  /** When the provider received it: for a letter, the day it arrived, which may be in the past (C2). */
  receivedAt?: Date;
}

/** How often to draw a new number after a collision; with 27.5 billion numbers, one retry is rare. */
const TRACKING_NUMBER_ATTEMPTS = 5;

/**
 * Records that a case came in: a new tracking number, status `received`, and its first event,
 * then whatever `within` adds (acknowledgement, references, messages) — all in one transaction.
 * A tracking number drawn twice (two instances at once) is refused by the unique constraint and
 * drawn again.
 */
export async function openCase<T = CaseRow>(
  ctx: AppContext,
  input: OpenCaseInput,
  actor: Actor,
  options: {
    prefix?: string;
    details?: Omit<
      NewCase,
      'tracking_number' | 'kind' | 'status' | 'channel' | 'language' | 'received_at' | 'recorded_at'
    >;
    within?: (trx: Db, row: CaseRow, now: Date) => Promise<T>;
  } = {},
): Promise<T> {
  const now = ctx.clock();
  const receivedAt = input.receivedAt ?? now;
  for (let attempt = 1; ; attempt++) {
    const trackingNumber = generateTrackingNumber(options.prefix ?? ctx.trackingPrefix, ctx.randomIndex);
    try {
      return await ctx.db.transaction().execute(async (trx) => {
        const row = await insertCase(trx, {
          ...options.details,
          tracking_number: trackingNumber,
          kind: input.kind,
          status: receivedCase(input.kind).status,
          channel: input.channel,
          language: input.language,
          received_at: receivedAt,
          recorded_at: now,
        });
        await appendEvents(trx, row.id, row.version, { actor, channel: input.channel, at: now }, [
          { type: 'case_received', data: { kind: input.kind, receivedAt: receivedAt.toISOString() } },
        ]);
        return options.within ? options.within(trx, row, now) : (row as T);
      });
    } catch (error) {
      if (
        attempt < TRACKING_NUMBER_ATTEMPTS &&
        isUniqueViolation(error, 'complaint_case_tracking_number_key')
      )
        continue;
      throw error;
    }
  }
}
