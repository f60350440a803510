import type { FastifyRequest } from 'fastify';
import { resumeStaffSession, type StaffSession } from '../../app/auth/resume-staff-session.js';
import type { AppContext } from '../../app/context.js';
import { STAFF_COOKIE, sameToken } from '../../edge/session-cookies.js';

/** The console's pages use the API's session cookie; forms carry the CSRF token as `_csrf`. */
export async function consoleSession(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<StaffSession | undefined> {
  const token = request.cookies[STAFF_COOKIE];
  if (!token) return undefined;
  const session = await resumeStaffSession(ctx, token);
  return session.ok ? session.value : undefined;
}

/** The posted form's fields (urlencoded), strings only. */
export function formFields(request: FastifyRequest): Record<string, string> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** A state-changing form must carry the session's CSRF token: a cookie alone changes nothing. */
export function csrfValid(session: StaffSession, fields: Record<string, string>): boolean {
  const sent = fields._csrf;
  return typeof sent === 'string' && sameToken(sent, session.csrfToken);
}
