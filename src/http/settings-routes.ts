import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Static, Type } from 'typebox';
import type { AppContext } from '../app/context.js';
import { getOrganisation } from '../app/settings/get-organisation.js';
import { updateOrganisation } from '../app/settings/update-organisation.js';
import { CANADIAN_REGIONS } from '../domain/region.js';
import { translator } from '../i18n/index.js';
import { apiLanguage } from './error-handling.js';
import { problemFromAppError, sendProblem } from './problem.js';
import { problemResponses } from './problem-schema.js';
import { stringEnum } from './schemas/case-submission.js';
import { requireStaffSession, signedIn } from './staff-auth.js';

const days = Type.Integer({ minimum: 0, maximum: 250 });

const OrganisationSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    complaintsPhone: Type.String({ minLength: 1, maxLength: 50 }),
    postalAddress: Type.String({ minLength: 1, maxLength: 500 }),
    website: Type.String({ maxLength: 300 }),
    defaultRegion: stringEnum(CANADIAN_REGIONS, 'Calendar for customers who give no province'),
    trackingPrefix: Type.String({ pattern: '^[A-Z]{2,6}$', description: '2 to 6 capital letters' }),
    responseBusinessDays: Type.Object(
      { complaint: days, inquiry: days },
      { additionalProperties: false, description: 'Business days to the expected response' },
    ),
    ombudsman: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 200 }),
        website: Type.String({ maxLength: 300 }),
        phone: Type.String({ maxLength: 50 }),
      },
      { additionalProperties: false },
    ),
    closureDays: Type.Array(Type.String({ format: 'date' }), {
      maxItems: 400,
      description: 'The organisation’s own closed days (YYYY-MM-DD)',
    }),
  },
  { additionalProperties: false },
);
type Organisation = Static<typeof OrganisationSchema>;

/** The organisation's settings (C11): readable by staff, changed by an admin. */
export const settingsRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/settings/organisation',
    {
      onRequest: requireStaffSession(ctx),
      schema: {
        tags: ['settings'],
        summary: 'The organisation’s settings',
        security: [{ staffSession: [] }],
        response: { 200: OrganisationSchema, ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      const session = signedIn(request);
      if (!session.ok) return sendProblem(reply, problemFromAppError(session.error));
      return reply.send((await getOrganisation(ctx)) as Organisation);
    },
  );

  app.put(
    '/api/v1/settings/organisation',
    {
      onRequest: requireStaffSession(ctx),
      schema: {
        tags: ['settings'],
        summary: 'Change the organisation’s settings (admin)',
        security: [{ staffSession: [], csrfToken: [] }],
        body: OrganisationSchema,
        response: { 200: OrganisationSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const session = signedIn(request);
      if (!session.ok) return sendProblem(reply, problemFromAppError(session.error));
      const result = await updateOrganisation(ctx, session.value.staff, request.body);
      if (!result.ok)
        return sendProblem(reply, problemFromAppError(result.error, translator(apiLanguage(request))));
      return reply.send(result.value as Organisation);
    },
  );
};
