import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../app/context.js';
import { stringEnum } from '../app/input-schema.js';
import {
  caseForReferral,
  listOmbudsman,
  recordOmbudsmanCase,
  updateOmbudsmanCase,
} from '../app/ombudsman/ombudsman-cases.js';
import { OMBUDSMAN_STAGES } from '../domain/ombudsman-case.js';
import { CaseRecordingSchema } from '../edge/schemas/case-submission.js';
import { toSubmission } from '../edge/to-submission.js';
import { sendRefusal, staffOf } from './case-route-kit.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession } from './staff-auth.js';

const dateTime = Type.String({ format: 'date-time' });
const nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const Reference = Type.String({ minLength: 1, maxLength: 60, pattern: '^[A-Za-z0-9][A-Za-z0-9 ._/-]*$' });

const OmbudsmanCaseSchema = Type.Object({
  reference: Type.String({ description: 'The ombudsman’s own reference' }),
  trackingNumber: Type.String(),
  accountNumber: Type.Union([Type.String(), Type.Null()]),
  stage: stringEnum(OMBUDSMAN_STAGES),
  receivedAt: dateTime,
  objectionDueOn: Type.String({ format: 'date', description: 'By when the provider may object' }),
  reportDueOn: Type.String({ format: 'date', description: 'By when the provider reports back' }),
  objectionAnsweredAt: nullable(dateTime),
  reportedAt: nullable(dateTime),
  chargesOnHold: Type.Boolean({ description: 'For billing systems: do not collect the disputed charges' }),
  closedAt: nullable(dateTime),
});

const boolString = Type.Union([Type.Literal('true'), Type.Literal('false')]);

/** C10: complaints the ombudsman forwards, their deadlines, and the hold on disputed charges. */
export const ombudsmanRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', requireStaffSession(ctx));

  app.get(
    '/api/v1/ombudsman-cases',
    {
      schema: {
        tags: ['ombudsman (C10)'],
        summary: 'Complaints the ombudsman forwarded; billing systems read the charges on hold here',
        security: [{ staffSession: [] }],
        querystring: Type.Object({
          open: Type.Optional(boolString),
          chargesOnHold: Type.Optional(boolString),
        }),
        response: {
          200: Type.Object({ items: Type.Array(OmbudsmanCaseSchema) }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const { open, chargesOnHold } = request.query;
      const result = await listOmbudsman(ctx, staff, {
        ...(open ? { open: open === 'true' } : {}),
        ...(chargesOnHold ? { chargesOnHold: chargesOnHold === 'true' } : {}),
      });
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.header('cache-control', 'no-store').send({ items: result.value });
    },
  );

  app.post(
    '/api/v1/ombudsman-cases',
    {
      schema: {
        tags: ['ombudsman (C10)'],
        summary: 'Record a complaint the ombudsman forwarded, against its case',
        description:
          'Against an existing case (`trackingNumber`), or one recorded now from `case` (as POST /api/v1/cases takes it) when the complaint never reached us first. The provider’s deadlines (objection within 10 days, report within 20) count from the local date of `receivedAt` (default: now) and are watched like every promised date. The case becomes “referred to the ombudsman” where its status allows.',
        security: [{ staffSession: [], csrfToken: [] }],
        body: Type.Object(
          {
            trackingNumber: Type.Optional(Type.String({ maxLength: 40 })),
            case: Type.Optional(CaseRecordingSchema),
            reference: Reference,
            stage: Type.Optional(stringEnum(OMBUDSMAN_STAGES, 'Default: assessment')),
            receivedAt: Type.Optional(dateTime),
            chargesOnHold: Type.Optional(Type.Boolean({ description: 'Default: true' })),
          },
          { additionalProperties: false },
        ),
        response: { 201: OmbudsmanCaseSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const body = request.body;
      const recording = body.case;
      const about = await caseForReferral(ctx, staff, {
        reference: body.reference,
        ...(body.trackingNumber ? { trackingNumber: body.trackingNumber } : {}),
        ...(recording
          ? {
              newCase: {
                ...toSubmission(recording, recording.channel),
                ...(recording.receivedAt ? { receivedAt: new Date(recording.receivedAt) } : {}),
              },
            }
          : {}),
      });
      if (!about.ok) return sendRefusal(request, reply, about);
      const result = await recordOmbudsmanCase(
        ctx,
        staff,
        {
          trackingNumber: about.value,
          reference: body.reference,
          stage: body.stage ?? 'assessment',
          receivedAt: body.receivedAt ? new Date(body.receivedAt) : ctx.clock(),
          chargesOnHold: body.chargesOnHold ?? true,
        },
        'api',
      );
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.status(201).send(result.value);
    },
  );

  app.patch(
    '/api/v1/ombudsman-cases/:reference',
    {
      schema: {
        tags: ['ombudsman (C10)'],
        summary: 'Move an ombudsman case on: stage, hold on charges, deadlines met, closed',
        security: [{ staffSession: [], csrfToken: [] }],
        params: Type.Object({ reference: Reference }),
        body: Type.Object(
          {
            stage: Type.Optional(stringEnum(OMBUDSMAN_STAGES)),
            chargesOnHold: Type.Optional(Type.Boolean()),
            objectionAnswered: Type.Optional(Type.Literal(true)),
            reported: Type.Optional(Type.Literal(true)),
            closed: Type.Optional(Type.Literal(true)),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: OmbudsmanCaseSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await updateOmbudsmanCase(ctx, staff, request.params.reference, request.body, 'api');
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.send(result.value);
    },
  );
};
