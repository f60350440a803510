import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { messageView } from '../app/casework/case-messages.js';
import type { AppContext } from '../app/context.js';
import {
  assignInboundMessage,
  listInboundMessages,
  openCaseFromInboundMessage,
} from '../app/inbound/held-mail.js';
import { stringEnum } from '../app/input-schema.js';
import { parseTrackingNumber } from '../domain/tracking-number.js';
import { StoredMessageSchema } from './case-message-routes.js';
import { sendRefusal, staffOf } from './case-route-kit.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession } from './staff-auth.js';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Placed = Type.Object({ trackingNumber: Type.String() });

/** Mail to sort (issue 16): emails that found no case of their sender, placed on one by staff. */
export const inboundMessageRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', requireStaffSession(ctx));

  app.get(
    '/api/v1/inbound-messages',
    {
      schema: {
        tags: ['mail'],
        summary: 'Emails that came in, by status (held: waiting for staff to sort), oldest first',
        security: [{ staffSession: [] }],
        querystring: Type.Object(
          { status: Type.Optional(stringEnum(['held', 'received'] as const, 'Default: held')) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(StoredMessageSchema) }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await listInboundMessages(ctx, staff, request.query.status ?? 'held');
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.header('cache-control', 'no-store').send({ items: result.value.map(messageView) });
    },
  );

  app.post(
    '/api/v1/inbound-messages/:id/assignment',
    {
      schema: {
        tags: ['mail'],
        summary: 'Place a held email on a case: it joins the timeline as the customer’s message',
        security: [{ staffSession: [], csrfToken: [] }],
        params: IdParams,
        body: Type.Object(
          { trackingNumber: Type.String({ minLength: 1, maxLength: 40 }) },
          { additionalProperties: false },
        ),
        response: { 200: Placed, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const parsed = parseTrackingNumber(request.body.trackingNumber);
      const result = parsed.ok
        ? await assignInboundMessage(ctx, staff, request.params.id, parsed.value)
        : ({ ok: false, error: { code: 'NOT_FOUND', entity: 'case' } } as const);
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.send(result.value);
    },
  );

  app.post(
    '/api/v1/inbound-messages/:id/new-case',
    {
      schema: {
        tags: ['mail'],
        summary: 'Open a case from a held email (channel email), acknowledged to its sender',
        security: [{ staffSession: [], csrfToken: [] }],
        params: IdParams,
        body: Type.Optional(
          Type.Object(
            { kind: Type.Optional(stringEnum(['inquiry', 'complaint'] as const, 'Default: inquiry')) },
            { additionalProperties: false },
          ),
        ),
        response: { 201: Placed, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await openCaseFromInboundMessage(
        ctx,
        staff,
        request.params.id,
        request.body?.kind ?? 'inquiry',
      );
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.status(201).send(result.value);
    },
  );
};
