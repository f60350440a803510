import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { getCaseFile } from '../app/casework/case-file.js';
import { listCases, QUEUE_VIEWS } from '../app/casework/list-cases.js';
import { revealCustomer } from '../app/casework/reveal-customer.js';
import { customerMessageOf } from '../app/casework/send-message.js';
import { getSentMessage, type SentMessage } from '../app/casework/sent-message.js';
import type { AppContext } from '../app/context.js';
import { stringEnum } from '../app/input-schema.js';
import { getOrganisation } from '../app/settings/get-organisation.js';
import { CASE_KINDS, CASE_STATUSES } from '../domain/case-lifecycle.js';
import { INTAKE_CHANNELS } from '../domain/channel.js';
import { CATEGORIES, CUSTOMER_TYPES } from '../domain/complaint.js';
import { WRITABLE_TEMPLATES } from '../domain/customer-message.js';
import { LANGUAGES } from '../domain/language.js';
import { CaseFileSchema, CaseListSchema, CustomerDetailsSchema } from '../edge/schemas/case-file.js';
import { customerMessageWords } from '../notify/customer-message-text.js';
import { messageLetter } from '../notify/message-letter.js';
import { sendRefusal, staffOf, TrackingNumberParams, trackingNumberOf } from './case-route-kit.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession } from './staff-auth.js';

async function legacyLetterOf(ctx: AppContext, publicUrl: string, sent: SentMessage): Promise<Buffer> {
  const organisation = await getOrganisation(ctx);
  const words = customerMessageWords(sent.message, {
    language: sent.language,
    customerName: sent.customerName,
    trackingNumber: sent.trackingNumber,
    organisation,
    followUrl: `${publicUrl}/follow`,
  });
  return messageLetter(words, {
    language: sent.language,
    organisation,
    customerName: sent.customerName,
    postalAddress: sent.postalAddress,
    timeZone: sent.timeZone,
    printedAt: sent.sentAt,
  });
}

/** Queues, search and the case page, over the API (the console reads the same use cases). */
export const caseRoutes: FastifyPluginAsyncTypebox<{
  ctx: AppContext;
  publicUrl: string;
}> = async (app, { ctx, publicUrl }) => {
  app.addHook('onRequest', requireStaffSession(ctx));

  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags: ['case work'],
        summary: 'The cases you may see, soonest due first',
        description:
          'Keyset-paginated: pass `nextCursor` back as `cursor`. `q` finds an exact tracking number, email or ' +
          'account number, or words of the case text in its own language.',
        security: [{ staffSession: [] }],
        querystring: Type.Object(
          {
            view: Type.Optional(stringEnum(QUEUE_VIEWS)),
            kind: Type.Optional(stringEnum(CASE_KINDS)),
            status: Type.Optional(stringEnum(CASE_STATUSES)),
            category: Type.Optional(stringEnum(CATEGORIES)),
            channel: Type.Optional(stringEnum(INTAKE_CHANNELS)),
            language: Type.Optional(stringEnum(LANGUAGES)),
            customerType: Type.Optional(stringEnum(CUSTOMER_TYPES)),
            escalationLevel: Type.Optional(stringEnum(['1', '2', '3'] as const)),
            ownerId: Type.Optional(Type.String({ format: 'uuid' })),
            teamId: Type.Optional(Type.String({ format: 'uuid' })),
            overdue: Type.Optional(stringEnum(['true', 'false'] as const, 'Past the date owed')),
            dueSoon: Type.Optional(stringEnum(['true', 'false'] as const, 'Due within two days')),
            q: Type.Optional(Type.String({ maxLength: 200 })),
            cursor: Type.Optional(Type.String({ maxLength: 200 })),
            limit: Type.Optional(
              Type.String({
                pattern: '^(?:[1-9]|[1-9][0-9]|1[0-9][0-9]|200)$',
                description: '1 to 200, default 50',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: CaseListSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const query = request.query;
      const { escalationLevel, overdue, dueSoon, limit, ...filters } = query;
      const result = await listCases(ctx, staff, {
        ...filters,
        ...(escalationLevel ? { escalationLevel: Number(escalationLevel) as 1 | 2 | 3 } : {}),
        ...(overdue ? { overdue: overdue === 'true' } : {}),
        ...(dueSoon ? { dueSoon: dueSoon === 'true' } : {}),
        ...(limit ? { limit: Number(limit) } : {}),
      });
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.header('cache-control', 'no-store').send(result.value);
    },
  );

  app.get(
    '/api/v1/cases/:trackingNumber',
    {
      schema: {
        tags: ['case work'],
        summary: 'A case with its whole timeline; personal data masked (C4)',
        security: [{ staffSession: [] }],
        params: TrackingNumberParams,
        response: { 200: CaseFileSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      const result = await getCaseFile(ctx, staff, trackingNumber);
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply
        .header('etag', `"${result.value.version}"`)
        .header('cache-control', 'no-store')
        .send(result.value);
    },
  );

  app.get(
    '/api/v1/cases/:trackingNumber/customer',
    {
      schema: {
        tags: ['identity (C4)'],
        summary: 'The customer’s details unmasked, after a passed identity check; the view is recorded',
        security: [{ staffSession: [] }],
        params: TrackingNumberParams,
        response: { 200: CustomerDetailsSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      const result = await revealCustomer(ctx, staff, trackingNumber, 'api');
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.header('cache-control', 'no-store').send(result.value);
    },
  );

  app.post(
    '/api/v1/cases/:trackingNumber/messages/preview',
    {
      schema: {
        tags: ['case work'],
        summary: 'The exact text a message will have, in the customer’s language (nothing is sent)',
        security: [{ staffSession: [], csrfToken: [] }],
        params: TrackingNumberParams,
        body: Type.Object(
          {
            template: stringEnum(WRITABLE_TEMPLATES),
            text: Type.String({ minLength: 1, maxLength: 10_000 }),
            nextUpdateBy: Type.Optional(Type.String({ format: 'date' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            language: Type.String(),
            subject: Type.String(),
            greeting: Type.String(),
            paragraphs: Type.Array(Type.String()),
            signature: Type.String(),
          }),
          ...problemResponses(400, 401, 403, 404, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      const file = await getCaseFile(ctx, staff, trackingNumber);
      if (!file.ok) return sendRefusal(request, reply, file);
      const words = customerMessageWords(customerMessageOf(request.body), {
        language: file.value.language,
        customerName: file.value.customer.name,
        trackingNumber,
        organisation: await getOrganisation(ctx),
        followUrl: `${publicUrl}/follow`,
      });
      return reply.send({ language: file.value.language, ...words });
    },
  );

  app.get(
    '/api/v1/cases/:trackingNumber/letters/:eventId',
    {
      schema: {
        tags: ['case work'],
        summary: 'A message sent on the case, as a printable letter (PDF)',
        security: [{ staffSession: [] }],
        params: Type.Object({
          ...TrackingNumberParams.properties,
          eventId: Type.String({ pattern: '^[1-9][0-9]{0,15}$' }),
        }),
        produces: ['application/pdf'],
        response: {
          200: Type.Unsafe({ type: 'string', format: 'binary' }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      const sent = await getSentMessage(ctx, staff, trackingNumber, Number(request.params.eventId));
      if (!sent.ok) return sendRefusal(request, reply, sent);
      // A letter written since messages are stored is served as it was rendered; an older one is
      // drawn from its event, as before.
      const pdf = sent.value.storedPdf ?? (await legacyLetterOf(ctx, publicUrl, sent.value));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${trackingNumber}-${request.params.eventId}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
