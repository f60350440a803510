import { deleteSessionsOf, deleteStaffSession, touchStaffSession } from '../../store/staff-store.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { tokenHash } from './session-token.js';
import { STAFF_SESSION_IDLE_MS } from './sign-in.js';
import { type StaffMember, staffMemberOf } from './staff-member.js';

export interface StaffSession {
  staff: StaffMember;
  csrfToken: string;
}

/** Finds the staff member behind a session cookie and keeps the session alive. */
export async function resumeStaffSession(
  ctx: AppContext,
  sessionToken: string,
): Promise<Outcome<StaffSession>> {
  const now = ctx.clock();
  const found = await touchStaffSession(
    ctx.db,
    tokenHash(sessionToken),
    now,
    new Date(now.getTime() + STAFF_SESSION_IDLE_MS),
  );
  if (!found) return failure({ code: 'UNAUTHENTICATED' });
  const { user, session } = found;
  return success({
    csrfToken: session.csrfToken,
    staff: staffMemberOf(user),
  });
}

export async function signOut(ctx: AppContext, sessionToken: string): Promise<void> {
  await deleteStaffSession(ctx.db, tokenHash(sessionToken));
}

/** Ends every session of this staff member, on every device. */
export async function signOutEverywhere(ctx: AppContext, staffId: string): Promise<void> {
  await deleteSessionsOf(ctx.db, staffId);
}
