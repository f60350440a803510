import { findActiveStaffByEmail, insertStaffSession } from '../../store/staff-store.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { verifyPassword } from '../setup/password-hashing.js';
import { newToken, tokenHash } from './session-token.js';
import type { StaffMember } from './staff-member.js';

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

/** Checks an email and password; on success opens a server-side session. */
export async function signIn(ctx: AppContext, email: string, password: string): Promise<Outcome<SignedIn>> {
  const user = await findActiveStaffByEmail(ctx.db, email);
  const passwordMatches = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
  if (!user || !passwordMatches) return failure({ code: 'UNAUTHENTICATED' });

  const now = ctx.clock();
  const sessionToken = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + STAFF_SESSION_IDLE_MS);
  await insertStaffSession(ctx.db, {
    token_hash: tokenHash(sessionToken),
    staff_user_id: user.id,
    csrf_token: csrfToken,
    created_at: now,
    last_seen_at: now,
    expires_at: expiresAt,
  });
  return success({
    sessionToken,
    csrfToken,
    expiresAt,
    staff: { id: user.id, email: user.email, displayName: user.display_name, role: user.role },
  });
}
