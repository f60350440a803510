import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/actor.js';
import type { Case } from '../../domain/case.js';
import { type CaseKind, receivedCase } from '../../domain/case-lifecycle.js';
import type { IntakeChannel } from '../../domain/channel.js';
import type { Language } from '../../domain/language.js';
import { insertCases } from '../../store/case-insert.js';
import { findCase } from '../../store/case-store.js';
import type { AppContext } from '../context.js';
import { withFreshTrackingNumber } from './with-fresh-tracking-number.js';

export interface OpenCaseInput {
  kind: CaseKind;
  channel: IntakeChannel;
  language: Language;
  /** When the provider received it: for a letter, the day it arrived, which may be in the past (C2). */
  receivedAt?: Date;
}

/**
 * Records that a case came in, not yet acknowledged: a new tracking number, status `received`,
 * and its first event. (Intake, `take-in-case.ts`, receives and acknowledges in one go.)
 */
export async function openCase(ctx: AppContext, input: OpenCaseInput, actor: Actor): Promise<Case> {
  const now = ctx.clock();
  const receivedAt = input.receivedAt ?? now;
  return withFreshTrackingNumber(ctx, ctx.trackingPrefix, async (trackingNumber) => {
    await insertCases(ctx.db, [
      {
        values: {
          id: randomUUID(),
          trackingNumber: trackingNumber,
          kind: input.kind,
          status: receivedCase(input.kind).status,
          escalationLevel: 1,
          remedyPromised: false,
          channel: input.channel,
          language: input.language,
          receivedAt: receivedAt,
          recordedAt: now,
          version: 1,
        },
        origin: { actor, channel: input.channel, at: now },
        events: [
          {
            caseVersion: 1,
            type: 'case_received',
            data: { kind: input.kind, receivedAt: receivedAt.toISOString() },
          },
        ],
      },
    ]);
    // Not on a busy path (demo desk, tests): read back as stored, with the database's defaults.
    const row = await findCase(ctx.db, trackingNumber);
    if (!row) throw new Error(`the case ${trackingNumber} just stored was not found`);
    return row;
  });
}
