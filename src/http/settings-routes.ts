import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Static, Type } from 'typebox';
import type { AppContext } from '../app/context.js';
import { stringEnum } from '../app/input-schema.js';
import { getEligibilityRules, updateEligibilityRules } from '../app/settings/eligibility.js';
import { getOrganisation } from '../app/settings/get-organisation.js';
import { updateOrganisation } from '../app/settings/update-organisation.js';
import { INELIGIBILITY_REASONS } from '../domain/ccts-eligibility.js';
import { CATEGORIES, CUSTOMER_TYPES, SERVICES } from '../domain/complaint.js';
import { problemFromAppError, sendProblem } from '../edge/problem.js';
import { OrganisationSchema } from '../edge/schemas/organisation.js';
import { translator } from '../i18n/index.js';
import { apiLanguage } from './error-handling.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession, signedIn } from './staff-auth.js';

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

  const RuleSchema = Type.Object(
    {
      customerType: Type.Union([stringEnum(CUSTOMER_TYPES), Type.Null()]),
      service: Type.Union([stringEnum(SERVICES), Type.Null()]),
      category: Type.Union([stringEnum(CATEGORIES), Type.Null()]),
      eligible: Type.Boolean(),
      reason: Type.Union([stringEnum(INELIGIBILITY_REASONS), Type.Null()]),
    },
    { additionalProperties: false },
  );
  const RulesSchema = Type.Array(RuleSchema, {
    maxItems: 200,
    description: 'In order: the first rule that matches a complaint decides; null matches anything',
  });

  app.get(
    '/api/v1/settings/ccts-eligibility',
    {
      onRequest: requireStaffSession(ctx),
      schema: {
        tags: ['settings'],
        summary: 'Which complaints the CCTS can take (C10): customer type × service × category',
        security: [{ staffSession: [] }],
        response: { 200: RulesSchema, ...problemResponses(401) },
      },
    },
    async (_request, reply) => reply.send(await getEligibilityRules(ctx)),
  );

  app.put(
    '/api/v1/settings/ccts-eligibility',
    {
      onRequest: requireStaffSession(ctx),
      schema: {
        tags: ['settings'],
        summary: 'Replace the CCTS eligibility table (admin)',
        security: [{ staffSession: [], csrfToken: [] }],
        body: RulesSchema,
        response: { 200: RulesSchema, ...problemResponses(400, 401, 403, 415, 422) },
      },
    },
    async (request, reply) => {
      const session = signedIn(request);
      if (!session.ok) return sendProblem(reply, problemFromAppError(session.error));
      const result = await updateEligibilityRules(ctx, session.value.staff, request.body);
      if (!result.ok) return sendProblem(reply, problemFromAppError(result.error));
      return reply.send(result.value);
    },
  );
};
