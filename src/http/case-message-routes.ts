import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { caseMessages, messageView } from '../app/casework/case-messages.js';
import type { AppContext } from '../app/context.js';
import { stringEnum } from '../app/input-schema.js';
import { retryMessage } from '../app/messages/undelivered.js';
import { MESSAGE_STATUSES } from '../domain/stored-message.js';
import { sendRefusal, staffOf, TrackingNumberParams, trackingNumberOf } from './case-route-kit.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession } from './staff-auth.js';

const nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const time = () => nullable(Type.String({ format: 'date-time' }));

export const StoredMessageSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  eventId: Type.Union([Type.Integer(), Type.Null()], { description: 'The case event it belongs to' }),
  direction: Type.Union([Type.Literal('out'), Type.Literal('in')]),
  medium: Type.Union([Type.Literal('email'), Type.Literal('letter')]),
  template: nullable(Type.String({ description: 'What made an outgoing message' })),
  from: nullable(Type.String()),
  to: Type.String(),
  subject: nullable(Type.String()),
  text: nullable(Type.String({ description: 'The text part exactly as sent or received' })),
  html: nullable(Type.String({ description: 'The HTML part exactly as sent or received' })),
  messageId: Type.String(),
  status: stringEnum(MESSAGE_STATUSES),
  contentWithheld: Type.Boolean({ description: 'A one-time code: its words are not kept once sent' }),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: time(),
  receivedAt: time(),
  failedAt: time(),
  printedAt: time(),
  postedOn: nullable(Type.String({ format: 'date' })),
  sha256: nullable(Type.String({ description: 'SHA-256 (hex) of the bytes as stored' })),
  heldBecause: nullable(Type.String({ description: 'Why a message that came in waits for staff' })),
});

/** The record of a case's correspondence (issue 16), read as it was stored. */
export const caseMessageRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', requireStaffSession(ctx));

  app.get(
    '/api/v1/cases/:trackingNumber/messages',
    {
      schema: {
        tags: ['case work'],
        summary: 'Every message of the case, out and in, oldest first, exactly as stored',
        security: [{ staffSession: [] }],
        params: TrackingNumberParams,
        response: {
          200: Type.Object({ items: Type.Array(StoredMessageSchema) }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      const result = await caseMessages(ctx, staff, trackingNumber);
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.header('cache-control', 'no-store').send({ items: result.value.map(messageView) });
    },
  );

  app.post(
    '/api/v1/cases/:trackingNumber/messages/:id/retry',
    {
      schema: {
        tags: ['case work'],
        summary: 'Send a failed or bounced email again, exactly as it was stored',
        security: [{ staffSession: [], csrfToken: [] }],
        params: Type.Object({ ...TrackingNumberParams.properties, id: Type.String({ format: 'uuid' }) }),
        response: {
          200: Type.Object({ status: Type.Literal('queued') }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      const result = await retryMessage(ctx, staff, trackingNumber, request.params.id, 'api');
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.send(result.value);
    },
  );
};
