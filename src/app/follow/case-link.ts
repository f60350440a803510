import { createHmac, timingSafeEqual } from 'node:crypto';
import { findCase } from '../../store/case-store.js';
import { insertCustomerSession } from '../../store/customer-access-store.js';
import { newToken, tokenHash } from '../auth/session-token.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { CUSTOMER_SESSION_IDLE_MS, type CustomerSessionOpened } from './customer-access.js';

/** A link in a customer's email opens their case for this long after it was sent. */
export const CASE_LINK_VALID_MS = 30 * 24 * 60 * 60 * 1000;

function signature(key: string, trackingNumber: string, expires: number): string {
  return createHmac('sha256', key).update(`${trackingNumber}.${expires}`).digest('base64url');
}

/** The signed, expiring link that every email to the customer carries (no code needed). */
export function caseLink(ctx: AppContext, publicUrl: string, trackingNumber: string, sentAt: Date): string {
  const expires = Math.floor((sentAt.getTime() + CASE_LINK_VALID_MS) / 1000);
  const params = new URLSearchParams({
    c: trackingNumber,
    e: String(expires),
    s: signature(ctx.linkKey, trackingNumber, expires),
  });
  return `${publicUrl}/follow/link?${params.toString()}`;
}

/** Opens the case a link names, if its signature holds and it has not expired. */
export async function openCaseFromLink(
  ctx: AppContext,
  link: { trackingNumber: string; expires: number; signature: string },
): Promise<Outcome<CustomerSessionOpened>> {
  const expected = Buffer.from(signature(ctx.linkKey, link.trackingNumber, link.expires));
  const given = Buffer.from(link.signature);
  const now = ctx.clock();
  const valid =
    expected.length === given.length &&
    timingSafeEqual(expected, given) &&
    link.expires * 1000 > now.getTime();
  if (!valid) return failure({ code: 'UNAUTHENTICATED' });
  const row = await findCase(ctx.db, link.trackingNumber);
  if (!row) return failure({ code: 'UNAUTHENTICATED' });
  const session = {
    sessionToken: newToken(),
    csrfToken: newToken(),
    expiresAt: new Date(now.getTime() + CUSTOMER_SESSION_IDLE_MS),
  };
  await insertCustomerSession(ctx.db, {
    tokenHash: tokenHash(session.sessionToken),
    caseId: row.id,
    csrfToken: session.csrfToken,
    at: now,
    expiresAt: session.expiresAt,
  });
  return success(session);
}
