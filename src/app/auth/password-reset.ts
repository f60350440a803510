import type { StaffUser } from '../../domain/staff-user.js';
import { enqueueMessage } from '../../store/outbox-store.js';
import { consumePasswordReset, insertPasswordReset, updateStaffUser } from '../../store/staff-admin-store.js';
import { deleteSessionsOf, findActiveStaffByEmail } from '../../store/staff-store.js';
import { wakingOutbox } from '../app-state.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { checkRateLimit } from '../limits/rate-limit.js';
import { outgoingEmail } from '../messages/outgoing-email.js';
import { hashPassword } from '../setup/password-hashing.js';
import { newToken, tokenHash } from './session-token.js';

export const MIN_PASSWORD_LENGTH = 12;
const RESET_VALID_MS = 60 * 60 * 1000;
const WELCOME_VALID_MS = 7 * 24 * 60 * 60 * 1000;
const RESET_REQUESTS_PER_WINDOW = 5;
const RESET_WINDOW_MS = 15 * 60 * 1000;

/**
 * Emails a single-use link to choose a password: to reset a forgotten one, or for a new colleague
 * to set their first. Only the token's hash is kept in `password_reset`.
 */
export async function queuePasswordLink(
  ctx: AppContext,
  user: StaffUser,
  kind: 'reset' | 'welcome',
): Promise<void> {
  const token = newToken();
  const at = ctx.clock();
  const expiresAt = new Date(at.getTime() + (kind === 'reset' ? RESET_VALID_MS : WELCOME_VALID_MS));
  await insertPasswordReset(ctx.db, { tokenHash: tokenHash(token), staffId: user.id, at, expiresAt });
  await enqueueMessage(
    ctx.db,
    await outgoingEmail(ctx, ctx.db, {
      caseId: null,
      recipient: user.email,
      language: user.language,
      payload: {
        template: 'staff_password_link',
        kind,
        token,
        displayName: user.displayName,
        expiresAt: expiresAt.toISOString(),
      },
      at,
    }),
  );
}

/**
 * "Forgot my password": always the same answer, whether or not the email belongs to someone, so
 * the form reveals no accounts; limited per address and email so it cannot flood a mailbox.
 */
export async function requestPasswordReset(
  ctx: AppContext,
  email: string,
  clientAddress: string,
): Promise<Outcome<'queued'>> {
  for (const bucket of [`reset:address:${clientAddress}`, `reset:email:${email.toLowerCase()}`]) {
    const decision = await checkRateLimit(ctx, bucket, RESET_REQUESTS_PER_WINDOW, RESET_WINDOW_MS);
    if (!decision.allowed) {
      return failure({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: decision.retryAfterSeconds });
    }
  }
  const user = await findActiveStaffByEmail(ctx.db, email);
  if (user)
    await ctx.db.transaction().execute((trx) => queuePasswordLink({ ...ctx, db: trx }, user, 'reset'));
  return wakingOutbox(ctx, success('queued'));
}

/** Sets the new password from a valid link; every session of the account ends. */
export async function completePasswordReset(
  ctx: AppContext,
  token: string,
  password: string,
): Promise<Outcome<'changed'>> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/password', rule: 'passwordTooShort' }] });
  }
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction().execute(async (trx) => {
    const staffId = await consumePasswordReset(trx, tokenHash(token), ctx.clock());
    if (!staffId) return failure({ code: 'RESET_LINK_INVALID' });
    await updateStaffUser(trx, staffId, { passwordHash: passwordHash });
    await deleteSessionsOf(trx, staffId);
    return success('changed' as const);
  });
}
