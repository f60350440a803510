import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Static, type TSchema, Type } from 'typebox';
import type { StaffMember } from '../app/auth/staff-member.js';
import type { AppContext } from '../app/context.js';
import type { Outcome } from '../app/errors.js';
import { parseTrackingNumber } from '../domain/tracking-number.js';
import { problemFromAppError, sendProblem, trackingNumberProblem } from '../edge/problem.js';
import { translator } from '../i18n/index.js';
import { apiLanguage } from './error-handling.js';
import { authenticateStaff } from './staff-auth.js';

export const TrackingNumberParams = Type.Object({
  trackingNumber: Type.String({ maxLength: 40, description: 'e.g. RDX-7K4M-9QX2' }),
});

export const VersionField = Type.Optional(
  Type.Integer({ minimum: 1, description: 'The case version the change is based on (or send If-Match)' }),
);

/** What a change to a case answers: where the case stands now. */
export const CaseChangedSchema = Type.Object({
  trackingNumber: Type.String(),
  version: Type.Integer(),
  status: Type.String(),
  escalationLevel: Type.Integer(),
});

/** `If-Match: "7"` (or W/"7", or 7) wins over a `version` field in the body. */
export function expectedVersion(
  request: FastifyRequest,
  bodyVersion: number | undefined,
): number | undefined {
  const header = request.headers['if-match'];
  if (typeof header === 'string') {
    const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
    return match ? Number(match[1]) : Number.NaN;
  }
  return bodyVersion;
}

/** The signed-in staff member, or the reason there is none (already answered). */
export async function staffOf(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<StaffMember | undefined> {
  if (request.staffSession) return request.staffSession.staff;
  const session = await authenticateStaff(ctx, request);
  if (session.ok) return session.value.staff;
  sendProblem(reply, problemFromAppError(session.error, translator(apiLanguage(request))));
  return undefined;
}

/** A valid tracking number from the path, or the 400 already sent. */
export function trackingNumberOf(
  request: Pick<FastifyRequest, 'body' | 'headers'> & { params: { trackingNumber: string } },
  reply: FastifyReply,
) {
  const parsed = parseTrackingNumber(request.params.trackingNumber);
  if (parsed.ok) return parsed.value;
  sendProblem(reply, trackingNumberProblem(parsed.problem, translator(apiLanguage(request))));
  return undefined;
}

/** Sends a use case's refusal in the request's language. */
export function sendRefusal(
  request: FastifyRequest,
  reply: FastifyReply,
  outcome: Outcome<unknown> & { ok: false },
) {
  return sendProblem(reply, problemFromAppError(outcome.error, translator(apiLanguage(request))));
}

export type BodyOf<S extends TSchema> = Static<S>;
