import type { FastifyReply, FastifyRequest } from 'fastify';
import { resumeStaffSession, type StaffSession } from '../app/auth/resume-staff-session.js';
import type { AppContext } from '../app/context.js';
import { failure, type Outcome } from '../app/errors.js';
import { problemFromAppError, sendProblem } from '../edge/problem.js';
import { STAFF_COOKIE, sameToken } from '../edge/session-cookies.js';
import { translator } from '../i18n/index.js';
import { apiLanguage } from './error-handling.js';

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The staff member making this request. State-changing requests must also carry the session's
 * CSRF token in `X-CSRF-Token`: a cookie alone, which another site can make a browser send,
 * changes nothing.
 */
export async function authenticateStaff(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<Outcome<StaffSession>> {
  const token = request.cookies[STAFF_COOKIE];
  if (!token) return failure({ code: 'UNAUTHENTICATED' });
  const session = await resumeStaffSession(ctx, token);
  if (!session.ok || SAFE_METHODS.has(request.method)) return session;
  const header = request.headers['x-csrf-token'];
  if (typeof header !== 'string' || !sameToken(header, session.value.csrfToken)) {
    return failure({ code: 'CSRF_TOKEN_INVALID' });
  }
  return session;
}

/**
 * An `onRequest` hook for staff routes: the session is checked before the body is read or
 * validated, so nobody signed out learns anything from a route (401 first, always).
 */
export function requireStaffSession(ctx: AppContext) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const session = await authenticateStaff(ctx, request);
    if (session.ok) {
      request.staffSession = session.value;
      return;
    }
    await sendProblem(reply, problemFromAppError(session.error, translator(apiLanguage(request))));
  };
}

/** The session `requireStaffSession` found (routes that use the hook). */
export function signedIn(request: FastifyRequest): Outcome<StaffSession> {
  return request.staffSession
    ? { ok: true, value: request.staffSession }
    : failure({ code: 'UNAUTHENTICATED' });
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `requireStaffSession` for staff routes. */
    staffSession: StaffSession | null;
  }
}
