import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { messageView } from '../app/casework/case-messages.js';
import type { AppContext } from '../app/context.js';
import { localDate, stringEnum } from '../app/input-schema.js';
import { letterPdf, listLetters, markLetter } from '../app/messages/print-queue.js';
import { StoredMessageSchema } from './case-message-routes.js';
import { sendRefusal, staffOf } from './case-route-kit.js';
import { contentDisposition } from './document-routes.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession } from './staff-auth.js';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const LETTER_STATUSES = ['to_print', 'printed', 'posted'] as const;
const Moved = Type.Object({ status: stringEnum(LETTER_STATUSES) });

/** Letters to print (issue 16): the print queue of messages to customers who prefer post. */
export const letterRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', requireStaffSession(ctx));

  app.get(
    '/api/v1/letters',
    {
      schema: {
        tags: ['letters'],
        summary: 'Letters by status (to_print: waiting to be printed), oldest first',
        security: [{ staffSession: [] }],
        querystring: Type.Object(
          { status: Type.Optional(stringEnum(LETTER_STATUSES, 'Default: to_print')) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                ...StoredMessageSchema.properties,
                trackingNumber: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await listLetters(ctx, staff, request.query.status ?? 'to_print');
      if (!result.ok) return sendRefusal(request, reply, result);
      const items = result.value.map((letter) => ({
        ...messageView(letter),
        trackingNumber: letter.trackingNumber,
      }));
      return reply.header('cache-control', 'no-store').send({ items });
    },
  );

  app.get(
    '/api/v1/letters/:id',
    {
      schema: {
        tags: ['letters'],
        summary: 'One letter as the PDF rendered when it was written',
        security: [{ staffSession: [] }],
        params: IdParams,
        produces: ['application/pdf'],
        response: {
          200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await letterPdf(ctx, staff, request.params.id);
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(`letter-${request.params.id}.pdf`, true))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(result.value);
    },
  );

  app.post(
    '/api/v1/letters/:id/printed',
    {
      schema: {
        tags: ['letters'],
        summary: 'Mark a letter printed',
        security: [{ staffSession: [], csrfToken: [] }],
        params: IdParams,
        response: { 200: Moved, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await markLetter(ctx, staff, request.params.id, { status: 'printed' }, 'api');
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.send(result.value);
    },
  );

  app.post(
    '/api/v1/letters/:id/posted',
    {
      schema: {
        tags: ['letters'],
        summary: 'Mark a letter posted on a date (not in the future); the date is on the case’s timeline',
        security: [{ staffSession: [], csrfToken: [] }],
        params: IdParams,
        body: Type.Object(
          { postedOn: localDate('The day it went in the post') },
          { additionalProperties: false },
        ),
        response: { 200: Moved, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const step = { status: 'posted' as const, postedOn: request.body.postedOn };
      const result = await markLetter(ctx, staff, request.params.id, step, 'api');
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.send(result.value);
    },
  );
};
