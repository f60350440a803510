import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { type Static, type TObject, type TSchema, Type } from 'typebox';
import type { AppContext } from '../app/context.js';
import { failure, type Outcome } from '../app/errors.js';
import {
  type CustomerSession,
  openCustomerSession,
  requestAccessCode,
  resumeCustomerSession,
} from '../app/follow/customer-access.js';
import {
  addCustomerDocuments,
  convertOwnInquiry,
  replyToOutcome,
  requestCustomerEscalation,
  sendCustomerMessage,
} from '../app/follow/customer-actions.js';
import { getCustomerCase } from '../app/follow/customer-case.js';
import { stringEnum } from '../app/input-schema.js';
import { CASE_KINDS, CASE_STATUSES } from '../domain/case-lifecycle.js';
import { parseTrackingNumber } from '../domain/tracking-number.js';
import { httpProblem, problemFromAppError, sendProblem } from '../edge/problem.js';
import { readMultipart } from '../edge/read-multipart.js';
import { CUSTOMER_COOKIE, sameToken } from '../edge/session-cookies.js';
import { sendRefusal, TrackingNumberParams, trackingNumberOf } from './case-route-kit.js';
import { problemResponses } from './problem-schema.js';

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const CustomerCaseSchema = Type.Object({
  trackingNumber: Type.String(),
  kind: stringEnum(CASE_KINDS),
  status: stringEnum(CASE_STATUSES),
  escalationLevel: Type.Integer(),
  expectedResponseBy: nullable(Type.String({ format: 'date' })),
  procedure: Type.Array(Type.String()),
  timeline: Type.Array(
    Type.Object({
      id: Type.Integer(),
      type: Type.String(),
      occurredAt: Type.String({ format: 'date-time' }),
      by: Type.Union([Type.Literal('you'), Type.Literal('us')]),
      role: nullable(Type.String({ description: 'The role of the staff member' })),
      firstName: nullable(
        Type.String({ description: 'Their first name, only if the organisation shows it (never more)' }),
      ),
      text: nullable(Type.String()),
      message: nullable(Type.Object({}, { additionalProperties: true })),
      level: nullable(Type.Integer()),
      expectedResponseBy: nullable(Type.String({ format: 'date' })),
      email: nullable(
        Type.Object(
          { subject: nullable(Type.String()), text: nullable(Type.String()) },
          { description: 'The email this step sent you, or that you sent, exactly as it was' },
        ),
      ),
    }),
  ),
  can: Type.Object({
    escalate: Type.Boolean(),
    replyToOutcome: Type.Boolean(),
    convertToComplaint: Type.Boolean(),
    sendMessage: Type.Boolean(),
  }),
  ombudsman: nullable(
    Type.Object({
      name: Type.String(),
      website: Type.String(),
      phone: Type.String(),
      eligibility: Type.Object({
        eligible: Type.Boolean(),
        reason: Type.Optional(
          Type.String({ description: 'Why the CCTS may not take it (see the eligibility table)' }),
        ),
      }),
    }),
  ),
});

/**
 * Customers follow their case without an account (C7–C10): a code sent to the email on file opens
 * a 30-minute session for that one case. Answers never tell whether a tracking number exists.
 */
export const followRoutes: FastifyPluginAsyncTypebox<{
  ctx: AppContext;
  secureCookies: boolean;
}> = async (app, { ctx, secureCookies }) => {
  /** The customer's session for THIS case; the same 401 whether or not the case exists. */
  async function customerOf(
    request: FastifyRequest,
    trackingNumber: string,
  ): Promise<Outcome<CustomerSession>> {
    const token = request.cookies[CUSTOMER_COOKIE];
    if (!token) return failure({ code: 'UNAUTHENTICATED' });
    const session = await resumeCustomerSession(ctx, token);
    if (!session.ok || session.value.trackingNumber !== trackingNumber)
      return failure({ code: 'UNAUTHENTICATED' });
    if (SAFE_METHODS.has(request.method)) return session;
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !sameToken(header, session.value.csrfToken)) {
      return failure({ code: 'CSRF_TOKEN_INVALID' });
    }
    return session;
  }

  const tags = ['follow my case'];
  const customerSecurity = [{ customerSession: [], csrfToken: [] }];

  app.post(
    '/api/v1/complaints/:trackingNumber/access-codes',
    {
      schema: {
        tags,
        summary: 'Email a one-time code to the address on file (the same answer for any pair)',
        params: TrackingNumberParams,
        body: Type.Object(
          { email: Type.String({ format: 'email', maxLength: 254 }) },
          { additionalProperties: false },
        ),
        response: { 202: Type.Null(), ...problemResponses(400, 413, 415, 422, 429) },
      },
    },
    async (request, reply) => {
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      const result = await requestAccessCode(ctx, {
        trackingNumber,
        email: request.body.email,
        clientAddress: request.ip,
      });
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/api/v1/complaints/:trackingNumber/sessions',
    {
      schema: {
        tags,
        summary: 'Open the case with the emailed code: a 30-minute session and a CSRF token',
        params: TrackingNumberParams,
        body: Type.Object(
          {
            email: Type.String({ format: 'email', maxLength: 254 }),
            code: Type.String({ pattern: '^\\s*\\d{6}\\s*$' }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ csrfToken: Type.String() }),
          ...problemResponses(400, 401, 413, 415, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      const result = await openCustomerSession(ctx, { trackingNumber, ...request.body });
      if (!result.ok) return sendRefusal(request, reply, result);
      reply.setCookie(CUSTOMER_COOKIE, result.value.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookies,
        expires: result.value.expiresAt,
      });
      return reply
        .status(201)
        .header('cache-control', 'no-store')
        .send({ csrfToken: result.value.csrfToken });
    },
  );

  app.get(
    '/api/v1/complaints/:trackingNumber',
    {
      schema: {
        tags,
        summary: 'The case as the customer sees it: status, procedure, expected date, timeline, CCTS',
        security: [{ customerSession: [] }],
        params: TrackingNumberParams,
        response: { 200: CustomerCaseSchema, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      const session = await customerOf(request, trackingNumber);
      if (!session.ok) return sendProblem(reply, problemFromAppError(session.error));
      const view = await getCustomerCase(ctx, session.value);
      if (!view.ok) return sendProblem(reply, problemFromAppError({ code: 'UNAUTHENTICATED' }));
      return reply.header('cache-control', 'no-store').send(view.value);
    },
  );

  /** A customer's step on their case: their session and CSRF token, then the use case. */
  function customerCommand<B extends TObject>(spec: {
    path: string;
    summary: string;
    description?: string;
    body: B;
    created?: TSchema;
    run: (session: CustomerSession, body: Static<B>) => Promise<Outcome<unknown>>;
  }) {
    const status = spec.created ? 201 : 204;
    app.post(
      `/api/v1/complaints/:trackingNumber/${spec.path}`,
      {
        schema: {
          tags,
          summary: spec.summary,
          ...(spec.description ? { description: spec.description } : {}),
          security: customerSecurity,
          params: TrackingNumberParams,
          body: spec.body,
          response: {
            [status]: spec.created ?? Type.Null(),
            ...problemResponses(400, 401, 403, 409, 413, 415, 422),
          },
        },
      },
      async (request, reply) => {
        const trackingNumber = trackingNumberOf(request, reply);
        if (!trackingNumber) return reply;
        const session = await customerOf(request, trackingNumber);
        if (!session.ok) return sendProblem(reply, problemFromAppError(session.error));
        const result = await spec.run(session.value, request.body as Static<B>);
        if (!result.ok) return sendRefusal(request, reply, result);
        return reply.status(status).send(spec.created ? result.value : null);
      },
    );
  }

  customerCommand({
    path: 'messages',
    summary: 'Write to the provider about the case (the owner is notified)',
    body: Type.Object(
      { body: Type.String({ minLength: 1, maxLength: 10_000 }) },
      { additionalProperties: false },
    ),
    created: Type.Null(),
    run: async (session, body) => {
      const sent = await sendCustomerMessage(ctx, session, body.body);
      return sent.ok ? { ok: true, value: null } : sent;
    },
  });

  customerCommand({
    path: 'escalations',
    summary: 'Ask for a review by a senior manager (level 2) or the head of support (level 3)',
    description: 'Acknowledged at once with its own expected date (5 business days by default). C9.',
    body: Type.Object(
      {
        reason: Type.String({ minLength: 1, maxLength: 10_000 }),
        level: Type.Optional(Type.Union([Type.Literal(2), Type.Literal(3)])),
      },
      { additionalProperties: false },
    ),
    created: Type.Object({ level: Type.Integer(), expectedResponseBy: Type.String({ format: 'date' }) }),
    run: (session, body) => requestCustomerEscalation(ctx, session, body),
  });

  customerCommand({
    path: 'outcome-reply',
    summary: 'Accept the outcome, or say you are not satisfied (a complaint then goes up a level)',
    body: Type.Object(
      { accepted: Type.Boolean(), comment: Type.Optional(Type.String({ maxLength: 10_000 })) },
      { additionalProperties: false },
    ),
    run: (session, body) => replyToOutcome(ctx, session, body),
  });

  customerCommand({
    path: 'conversion',
    summary: 'Turn your question into a complaint (C1): acknowledged as a complaint now',
    body: Type.Object(
      { reason: Type.Optional(Type.String({ maxLength: 5_000 })) },
      { additionalProperties: false },
    ),
    run: (session, body) => convertOwnInquiry(ctx, session, body.reason),
  });

  app.post(
    '/api/v1/complaints/:trackingNumber/documents',
    {
      config: { acceptsMultipart: true },
      // The session and its CSRF token are checked before any file is read.
      onRequest: async (request, reply) => {
        const parsed = parseTrackingNumber((request.params as { trackingNumber: string }).trackingNumber);
        if (!parsed.ok) return;
        const session = await customerOf(request, parsed.value);
        if (!session.ok) await sendProblem(reply, problemFromAppError(session.error));
      },
      schema: {
        tags,
        summary: 'Add documents to the case (multipart `attachments`: PDF, PNG, JPEG; 5 × 10 MB at most)',
        consumes: ['multipart/form-data'],
        security: customerSecurity,
        params: TrackingNumberParams,
        response: {
          201: Type.Object({ count: Type.Integer() }),
          ...problemResponses(400, 401, 403, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      const session = await customerOf(request, trackingNumber);
      if (!session.ok) return sendProblem(reply, problemFromAppError(session.error));
      if (!request.isMultipart()) {
        return sendProblem(
          reply,
          httpProblem('UNSUPPORTED_MEDIA_TYPE', { detail: 'Send multipart/form-data' }),
        );
      }
      const content = await readMultipart(request, ctx);
      if (!content.ok) return sendRefusal(request, reply, content);
      const result = await addCustomerDocuments(ctx, session.value, content.value.files);
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.status(201).send(result.value);
    },
  );
};
