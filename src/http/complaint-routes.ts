import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Acknowledgement } from '../app/cases/acknowledgement.js';
import { getAcknowledgementForStaff } from '../app/cases/get-acknowledgement-for-staff.js';
import { recordCase } from '../app/cases/record-case.js';
import { takeInCase } from '../app/cases/take-in-case.js';
import type { AppContext } from '../app/context.js';
import { getOrganisation } from '../app/settings/get-organisation.js';
import { CUSTOMER } from '../domain/actor.js';
import { parseTrackingNumber } from '../domain/tracking-number.js';
import { idempotencyKeyOf, withinFilingLimit } from '../edge/filing-limits.js';
import { httpProblem, problemFromAppError, sendProblem, trackingNumberProblem } from '../edge/problem.js';
import {
  AcknowledgementSchema,
  CaseRecordingSchema,
  ComplaintFilingSchema,
} from '../edge/schemas/case-submission.js';
import { toSubmission } from '../edge/to-submission.js';
import { translator } from '../i18n/index.js';
import { acknowledgementLetter } from '../notify/acknowledgement-letter.js';
import { acknowledgementBody as acknowledgementOf } from './acknowledgement-body.js';
import { apiLanguage } from './error-handling.js';
import { claimUploads, multipartBody, removeUnclaimedUploads } from './multipart-body.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession, signedIn } from './staff-auth.js';

export interface IntakeRouteDependencies {
  ctx: AppContext;
  publicUrl: string;
  filingRateLimit: number;
}

/** Intake over the API: customers file (C2a), advisors record calls, letters, chats… (C2b–c). */
export const intakeRoutes: FastifyPluginAsyncTypebox<IntakeRouteDependencies> = async (app, deps) => {
  const { ctx, publicUrl, filingRateLimit } = deps;

  const acknowledgementBody = (ack: Acknowledgement) => acknowledgementOf(ctx, publicUrl, ack);

  app.addHook('onResponse', removeUnclaimedUploads(ctx));
  const multipart = { preValidation: multipartBody(ctx), config: { acceptsMultipart: true } };

  app.post(
    '/api/v1/complaints',
    {
      ...multipart,
      // Counted before the body is read, so a flood of uploads is refused cheaply.
      onRequest: async (request, reply) => {
        await withinFilingLimit(ctx, filingRateLimit, request, reply, (_status, problem) =>
          sendProblem(reply, problem),
        );
      },
      schema: {
        consumes: ['application/json', 'multipart/form-data'],
        tags: ['intake'],
        summary: 'File a complaint or an inquiry (public)',
        description:
          'Stores the case and acknowledges it at once (C6): tracking number, procedure, expected date. ' +
          'The acknowledgement is also emailed in the request language, or sent by post.',
        body: ComplaintFilingSchema,
        response: { 201: AcknowledgementSchema, ...problemResponses(400, 413, 415, 422, 429) },
      },
    },
    async (request, reply) => {
      const attachments = claimUploads(request);
      const idempotency = idempotencyKeyOf(request, attachments);
      if (idempotency === 'invalid') {
        for (const file of attachments) ctx.files.remove(file.storageKey);
        return sendProblem(
          reply,
          httpProblem('MALFORMED_REQUEST', { detail: 'Idempotency-Key: 1 to 200 visible ASCII characters' }),
        );
      }
      const submission = { ...toSubmission(request.body, 'web'), attachments };
      const result = await takeInCase(ctx, submission, CUSTOMER, idempotency);
      if (!result.ok)
        return sendProblem(reply, problemFromAppError(result.error, translator(apiLanguage(request))));
      return reply.status(201).send(await acknowledgementBody(result.value));
    },
  );

  app.post(
    '/api/v1/cases',
    {
      ...multipart,
      // Before the body: nobody signed out gets to upload files.
      onRequest: requireStaffSession(ctx),
      schema: {
        consumes: ['application/json', 'multipart/form-data'],
        tags: ['intake'],
        summary: 'Record a case from a call, letter, chat, email or support case (staff)',
        description:
          'For a letter, `receivedAt` is the day it arrived: the expected date counts from it (C2). ' +
          'With `resolvedAtFirstContact`, the case is recorded as solved during the contact (C5) and the ' +
          'customer still gets a tracking number and a written confirmation.',
        security: [{ staffSession: [], csrfToken: [] }],
        body: CaseRecordingSchema,
        response: { 201: AcknowledgementSchema, ...problemResponses(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const session = signedIn(request);
      if (!session.ok) return sendProblem(reply, problemFromAppError(session.error));
      const attachments = claimUploads(request);
      const body = request.body;
      const submission = {
        ...toSubmission(body, body.channel),
        ...(body.receivedAt ? { receivedAt: new Date(body.receivedAt) } : {}),
        attachments,
        ...(body.resolvedAtFirstContact
          ? { resolvedAtFirstContact: { summary: body.resolvedAtFirstContact.summary } }
          : {}),
      };
      const result = await recordCase(ctx, session.value.staff, submission);
      if (!result.ok)
        return sendProblem(reply, problemFromAppError(result.error, translator(apiLanguage(request))));
      return reply.status(201).send(await acknowledgementBody(result.value));
    },
  );

  app.get(
    '/api/v1/cases/:trackingNumber/acknowledgement-letter',
    {
      onRequest: requireStaffSession(ctx),
      schema: {
        tags: ['intake'],
        summary: 'The acknowledgement as a printable letter, for customers who prefer post (staff)',
        security: [{ staffSession: [] }],
        params: Type.Object({ trackingNumber: Type.String({ maxLength: 40 }) }),
        produces: ['application/pdf'],
        response: {
          200: Type.Unsafe({ type: 'string', format: 'binary' }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const session = signedIn(request);
      if (!session.ok) return sendProblem(reply, problemFromAppError(session.error));
      const parsed = parseTrackingNumber(request.params.trackingNumber);
      if (!parsed.ok) return sendProblem(reply, trackingNumberProblem(parsed.problem));
      const found = await getAcknowledgementForStaff(ctx, session.value.staff, parsed.value);
      if (!found.ok) return sendProblem(reply, problemFromAppError(found.error));
      const ack = found.value;
      const pdf = await acknowledgementLetter(ack, await getOrganisation(ctx), `${publicUrl}/follow`, {
        printedAt: ctx.clock(),
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${ack.trackingNumber}.pdf"`)
        .send(pdf);
    },
  );
};
