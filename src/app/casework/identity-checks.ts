import { createHash, randomInt } from 'node:crypto';
import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import { may, maySeeCase } from '../../domain/permissions.js';
import {
  IDENTITY_CHECK_VALID_MS,
  type IdentityCheckResult,
  ONE_TIME_CODE_MAX_ATTEMPTS,
  ONE_TIME_CODE_VALID_MS,
} from '../../domain/personal-data.js';
import { findCase, recordCaseAccess } from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import {
  insertIdentityChallenge,
  lastPassedIdentityCheck,
  latestOpenChallenge,
  settleChallenge,
} from '../../store/identity-challenge-store.js';
import { enqueueMessage } from '../../store/outbox-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { caseAssignment, staffActor } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { outgoingEmail } from '../messages/outgoing-email.js';

export interface IdentityStatus {
  /** Until when this staff member may see the customer's details unmasked, if a check passed. */
  verifiedUntil: Date | null;
}

/** Whether this staff member passed an identity check on this case recently enough (C4). */
export async function identityStatus(
  ctx: AppContext,
  staff: StaffMember,
  caseId: string,
): Promise<IdentityStatus> {
  const passedAt = await lastPassedIdentityCheck(ctx.db, caseId, staff.id);
  const until = passedAt ? new Date(passedAt.getTime() + IDENTITY_CHECK_VALID_MS) : null;
  return { verifiedUntil: until && until.getTime() > ctx.clock().getTime() ? until : null };
}

/**
 * The frame of identity work on a case: one transaction, the case locked, visibility checked.
 * A check changes nothing on the case, so it needs no version; it is an event all the same.
 */
async function onVisibleCase<T>(
  ctx: AppContext,
  staff: StaffMember,
  trackingNumber: string,
  work: (trx: Db, row: Case, at: Date) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findCase(trx, trackingNumber);
    if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
    if (!maySeeCase(staff, caseAssignment(row))) return failure({ code: 'FORBIDDEN' });
    return work(trx, row, ctx.clock());
  });
}

/** The advisor asked for the account PIN or a security answer, and records what happened (C4). */
export async function recordIdentityCheck(
  ctx: AppContext,
  staff: StaffMember,
  input: { trackingNumber: string; method: 'account_pin' | 'security_question'; result: IdentityCheckResult },
  channel: EventChannel,
): Promise<Outcome<IdentityStatus>> {
  const recorded = await onVisibleCase(ctx, staff, input.trackingNumber, async (trx, row, at) => {
    await recordCaseAccess(
      trx,
      row,
      { actor: staffActor(staff), channel, at },
      {
        type: 'identity_checked',
        data: { method: input.method, result: input.result },
      },
    );
    return success(row.id);
  });
  if (!recorded.ok) return recorded;
  return success(await identityStatus(ctx, staff, recorded.value));
}

function codeHash(caseId: string, code: string): string {
  return createHash('sha256').update(`${caseId}:${code}`).digest('hex');
}

/** Sends a six-digit code to the email on file; the customer reads it back to the advisor (C4). */
export async function sendIdentityCode(
  ctx: AppContext,
  staff: StaffMember,
  trackingNumber: string,
  channel: EventChannel,
): Promise<Outcome<{ sentTo: 'email'; expiresAt: Date }>> {
  return onVisibleCase(ctx, staff, trackingNumber, async (trx, row, at) => {
    if (!row.customerEmail) {
      return failure({ code: 'INVALID_INPUT', fields: [{ field: '/method', rule: 'invalid' }] });
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(at.getTime() + ONE_TIME_CODE_VALID_MS);
    await insertIdentityChallenge(trx, {
      caseId: row.id,
      staffId: staff.id,
      codeHash: codeHash(row.id, code),
      at,
      expiresAt,
    });
    await enqueueMessage(
      trx,
      await outgoingEmail(ctx, trx, {
        caseId: row.id,
        recipient: row.customerEmail,
        language: row.language,
        payload: {
          template: 'identity_code',
          trackingNumber: row.trackingNumber,
          customerName: row.customerName ?? '',
          code,
        },
        at,
      }),
    );
    await recordCaseAccess(
      trx,
      row,
      { actor: staffActor(staff), channel, at },
      {
        type: 'identity_code_sent',
        data: { to: 'email_on_file' },
      },
    );
    return success({ sentTo: 'email' as const, expiresAt });
  });
}

/** Checks the code the customer read back; a wrong code counts as a failed check. */
export async function verifyIdentityCode(
  ctx: AppContext,
  staff: StaffMember,
  input: { trackingNumber: string; code: string },
  channel: EventChannel,
): Promise<Outcome<IdentityStatus>> {
  const checked = await onVisibleCase(ctx, staff, input.trackingNumber, async (trx, row, at) => {
    const challenge = await latestOpenChallenge(trx, row.id, staff.id, at);
    const usable = challenge && challenge.attempts < ONE_TIME_CODE_MAX_ATTEMPTS;
    const passed = !!usable && challenge.codeHash === codeHash(row.id, input.code.trim());
    if (challenge) {
      await settleChallenge(trx, challenge.id, {
        attempts: challenge.attempts + 1,
        usedAt: passed ? at : null,
      });
    }
    await recordCaseAccess(
      trx,
      row,
      { actor: staffActor(staff), channel, at },
      {
        type: 'identity_checked',
        data: { method: 'one_time_code', result: passed ? 'passed' : 'failed' },
      },
    );
    return success({ caseId: row.id, passed });
  });
  if (!checked.ok) return checked;
  // The failed attempt is recorded (committed above) before the refusal is given.
  if (!checked.value.passed) {
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/code', rule: 'codeIncorrect' }] });
  }
  return success(await identityStatus(ctx, staff, checked.value.caseId));
}
