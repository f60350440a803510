import { createHash, randomInt } from 'node:crypto';
import { findCaseById } from '../../store/case-store.js';
import {
  codeFailuresSince,
  deleteCustomerSession,
  insertCustomerSession,
  issueAccessCode,
  markAccessCodeUsed,
  openAccessCode,
  recordCodeFailure,
  touchCustomerSession,
  voidAccessCodes,
} from '../../store/customer-access-store.js';
import { wakingOutbox } from '../app-state.js';
import { newToken, tokenHash } from '../auth/session-token.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { checkRateLimit } from '../limits/rate-limit.js';
import { outboxMessageIdentity } from '../messages/message-identity.js';

export const ACCESS_CODE_VALID_MS = 15 * 60 * 1000;
export const CUSTOMER_SESSION_IDLE_MS = 30 * 60 * 1000;
const WINDOW_MS = 15 * 60 * 1000;
const CODE_REQUESTS_PER_WINDOW = 5;
const WRONG_CODES_BEFORE_LOCKOUT = 10;

function codeHash(trackingNumber: string, code: string): string {
  return createHash('sha256').update(`${trackingNumber}:${code}`).digest('hex');
}

/**
 * "Send me a code": emailed to the address on file when the tracking number and email match.
 * The answer is the same either way, and so is the work (see `issueAccessCode`); limited per
 * tracking number and per client address, for existing and made-up numbers alike.
 */
export async function requestAccessCode(
  ctx: AppContext,
  input: { trackingNumber: string; email: string; clientAddress: string },
): Promise<Outcome<'requested'>> {
  for (const bucket of [
    `follow-code:number:${input.trackingNumber}`,
    `follow-code:address:${input.clientAddress}`,
  ]) {
    const decision = await checkRateLimit(ctx, bucket, CODE_REQUESTS_PER_WINDOW, WINDOW_MS);
    if (!decision.allowed)
      return failure({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: decision.retryAfterSeconds });
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const at = ctx.clock();
  await issueAccessCode(ctx.db, {
    trackingNumber: input.trackingNumber,
    email: input.email.trim(),
    code,
    codeHash: codeHash(input.trackingNumber, code),
    at,
    expiresAt: new Date(at.getTime() + ACCESS_CODE_VALID_MS),
    message: outboxMessageIdentity(ctx),
  });
  return wakingOutbox(ctx, success('requested'));
}

export interface CustomerSessionOpened {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * The code read back from the email opens the case for 30 idle minutes. After 10 wrong codes for
 * a tracking number within 15 minutes, every attempt is refused for a while and the code is void.
 */
export async function openCustomerSession(
  ctx: AppContext,
  input: { trackingNumber: string; email: string; code: string },
): Promise<Outcome<CustomerSessionOpened>> {
  const now = ctx.clock();
  const failures = await codeFailuresSince(ctx.db, input.trackingNumber, new Date(now.getTime() - WINDOW_MS));
  const decisive = failures[WRONG_CODES_BEFORE_LOCKOUT - 1];
  if (decisive) {
    const retryAfterSeconds = Math.max(1, Math.ceil((decisive.getTime() + WINDOW_MS - now.getTime()) / 1000));
    return failure({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds });
  }
  const opened = await ctx.db.transaction().execute(async (trx) => {
    const open = await openAccessCode(trx, input.trackingNumber, now);
    const matches = !!open?.caseId && open.codeHash === codeHash(input.trackingNumber, input.code.trim());
    const row = matches && open?.caseId ? await findCaseById(trx, open.caseId) : undefined;
    const emailOnFile = row?.customerEmail?.toLowerCase() === input.email.trim().toLowerCase();
    if (!open || !row || !emailOnFile) {
      await recordCodeFailure(trx, input.trackingNumber, now);
      if (failures.length + 1 >= WRONG_CODES_BEFORE_LOCKOUT)
        await voidAccessCodes(trx, input.trackingNumber, now);
      return undefined;
    }
    await markAccessCodeUsed(trx, open.id, now);
    const session = {
      sessionToken: newToken(),
      csrfToken: newToken(),
      expiresAt: new Date(now.getTime() + CUSTOMER_SESSION_IDLE_MS),
    };
    await insertCustomerSession(trx, {
      tokenHash: tokenHash(session.sessionToken),
      caseId: row.id,
      csrfToken: session.csrfToken,
      at: now,
      expiresAt: session.expiresAt,
    });
    return session;
  });
  return opened ? success(opened) : failure({ code: 'UNAUTHENTICATED' });
}

/** Who a customer session is for: one case. */
export interface CustomerSession {
  caseId: string;
  trackingNumber: string;
  csrfToken: string;
}

export async function resumeCustomerSession(
  ctx: AppContext,
  sessionToken: string,
): Promise<Outcome<CustomerSession>> {
  const now = ctx.clock();
  const found = await touchCustomerSession(
    ctx.db,
    tokenHash(sessionToken),
    now,
    new Date(now.getTime() + CUSTOMER_SESSION_IDLE_MS),
  );
  if (!found) return failure({ code: 'UNAUTHENTICATED' });
  return success({
    caseId: found.caseId,
    trackingNumber: found.trackingNumber,
    csrfToken: found.csrfToken,
  });
}

/** The customer closes their case page: the session ends now rather than after 30 idle minutes. */
export async function endCustomerSession(ctx: AppContext, sessionToken: string): Promise<void> {
  await deleteCustomerSession(ctx.db, tokenHash(sessionToken));
}
