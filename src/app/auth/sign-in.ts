import { recordSignInFailure } from '../../store/sign-in-failure-store.js';
import { findActiveStaffByEmail, insertStaffSession } from '../../store/staff-store.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { verifyPassword } from '../setup/password-hashing.js';
import { newToken, tokenHash } from './session-token.js';
import { signInRetryAfter } from './sign-in-throttle.js';
import { type StaffMember, staffMemberOf } from './staff-member.js';

/** Staff sessions end after this long without use. */
export const STAFF_SESSION_IDLE_MS = 8 * 60 * 60 * 1000;

/**
 * Compared against when the email is unknown, so a wrong email costs as much time as a wrong
 * password and the answer does not reveal which staff accounts exist.
 */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$R4fDAstRFNQlJpgjqo0SjFfDDYIUSZ8YrnupCqT49L4';

export interface SignedIn {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  staff: StaffMember;
}

export interface SignInAttempt {
  email: string;
  password: string;
  /** The client's IP address, for the per-address throttle. */
  clientAddress: string;
}

/** Checks an email and password (unless too many attempts failed); on success opens a session. */
export async function signIn(ctx: AppContext, attempt: SignInAttempt): Promise<Outcome<SignedIn>> {
  const email = attempt.email.toLowerCase();
  const retryAfterSeconds = await signInRetryAfter(ctx, email, attempt.clientAddress);
  if (retryAfterSeconds !== undefined) return failure({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds });

  const user = await findActiveStaffByEmail(ctx.db, email);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, attempt.password);
  if (!user || !passwordMatches) {
    await recordSignInFailure(ctx.db, { email, clientAddress: attempt.clientAddress, at: ctx.clock() });
    return failure({ code: 'UNAUTHENTICATED' });
  }
  return success(await openSession(ctx, user.id, staffMemberOf(user)));
}

/** A new server-side session for a staff member whose identity is established. */
export async function openSession(ctx: AppContext, userId: string, staff: StaffMember): Promise<SignedIn> {
  const now = ctx.clock();
  const sessionToken = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + STAFF_SESSION_IDLE_MS);
  await insertStaffSession(ctx.db, {
    tokenHash: tokenHash(sessionToken),
    staffUserId: userId,
    csrfToken: csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: expiresAt,
  });
  return { sessionToken, csrfToken, expiresAt, staff };
}
