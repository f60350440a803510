import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  completePasswordReset,
  MIN_PASSWORD_LENGTH,
  requestPasswordReset,
} from '../app/auth/password-reset.js';
import { signOut, signOutEverywhere } from '../app/auth/resume-staff-session.js';
import { signIn } from '../app/auth/sign-in.js';
import type { AppContext } from '../app/context.js';
import { problemFromAppError, sendProblem } from '../edge/problem.js';
import { clearStaffCookie, STAFF_COOKIE, setStaffCookie } from '../edge/session-cookies.js';
import { translator } from '../i18n/index.js';
import { apiLanguage } from './error-handling.js';
import { problemResponses } from './problem-schema.js';
import { authenticateStaff } from './staff-auth.js';

const StaffMemberSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  displayName: Type.String(),
  role: Type.Union([
    Type.Literal('advisor'),
    Type.Literal('senior_manager'),
    Type.Literal('head_of_support'),
    Type.Literal('admin'),
  ]),
  teamId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  language: Type.Union([Type.Literal('en'), Type.Literal('fr'), Type.Literal('nl'), Type.Literal('it')]),
});

/** Staff sign-in and sign-out: a server-side session in an HttpOnly cookie, plus a CSRF token. */
export const authRoutes: FastifyPluginAsyncTypebox<{
  ctx: AppContext;
  secureCookies: boolean;
}> = async (app, deps) => {
  const { ctx, secureCookies } = deps;

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['staff sessions'],
        summary: 'Sign in as a staff member',
        body: Type.Object(
          {
            email: Type.String({ format: 'email', maxLength: 254 }),
            password: Type.String({ minLength: 1, maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ csrfToken: Type.String(), staff: StaffMemberSchema }),
          ...problemResponses(400, 401, 413, 415, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const result = await signIn(ctx, { ...request.body, clientAddress: request.ip });
      if (!result.ok) return sendProblem(reply, problemFromAppError(result.error));
      setStaffCookie(reply, result.value.sessionToken, result.value.expiresAt, secureCookies);
      return reply
        .header('cache-control', 'no-store')
        .send({ csrfToken: result.value.csrfToken, staff: result.value.staff });
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      schema: {
        tags: ['staff sessions'],
        summary: 'Who is signed in',
        security: [{ staffSession: [] }],
        response: {
          200: Type.Object({ csrfToken: Type.String(), staff: StaffMemberSchema }),
          ...problemResponses(401),
        },
      },
    },
    async (request, reply) => {
      const session = await authenticateStaff(ctx, request);
      if (!session.ok) return sendProblem(reply, problemFromAppError(session.error));
      return reply.header('cache-control', 'no-store').send(session.value);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['staff sessions'],
        summary: 'Sign out (ends this session)',
        security: [{ staffSession: [], csrfToken: [] }],
        response: { 204: Type.Null(), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const session = await authenticateStaff(ctx, request);
      if (!session.ok) return sendProblem(reply, problemFromAppError(session.error));
      await signOut(ctx, request.cookies[STAFF_COOKIE] ?? '');
      clearStaffCookie(reply, secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/logout-everywhere',
    {
      schema: {
        tags: ['staff sessions'],
        summary: 'Sign out everywhere (ends every session of this account)',
        security: [{ staffSession: [], csrfToken: [] }],
        response: { 204: Type.Null(), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const session = await authenticateStaff(ctx, request);
      if (!session.ok) return sendProblem(reply, problemFromAppError(session.error));
      await signOutEverywhere(ctx, session.value.staff.id);
      clearStaffCookie(reply, secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password-reset',
    {
      schema: {
        tags: ['staff sessions'],
        summary: 'Email a single-use link to choose a new password',
        description: 'Answers 202 whether or not the email belongs to an account, so it reveals none.',
        body: Type.Object(
          { email: Type.String({ format: 'email', maxLength: 254 }) },
          { additionalProperties: false },
        ),
        response: { 202: Type.Null(), ...problemResponses(400, 413, 415, 422, 429) },
      },
    },
    async (request, reply) => {
      const result = await requestPasswordReset(ctx, request.body.email, request.ip);
      if (!result.ok) return sendProblem(reply, problemFromAppError(result.error));
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password-reset/completion',
    {
      schema: {
        tags: ['staff sessions'],
        summary: 'Choose a new password with the emailed link’s token',
        description: 'The link works once; every session of the account ends.',
        body: Type.Object(
          {
            token: Type.String({ minLength: 1, maxLength: 200 }),
            password: Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const result = await completePasswordReset(ctx, request.body.token, request.body.password);
      if (!result.ok)
        return sendProblem(reply, problemFromAppError(result.error, translator(apiLanguage(request))));
      return reply.status(204).send(null);
    },
  );
};
