import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../app/context.js';
import { addPolicyVersion, getPolicy, listPolicies } from '../app/policies/policies.js';
import { PolicyDetailSchema, PolicyRulesSchema, PolicySchema } from '../edge/schemas/policy.js';
import { sendRefusal, staffOf } from './case-route-kit.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession } from './staff-auth.js';

const PolicyParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,39}$' }) });

/** C6–C10: the regulators' policies, their versions, and the one in force. */
export const policyRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', requireStaffSession(ctx));

  app.get(
    '/api/v1/policies',
    {
      schema: {
        tags: ['policies'],
        summary: 'The policies (newest version each) and which one is in force',
        security: [{ staffSession: [] }],
        response: { 200: Type.Object({ items: Type.Array(PolicySchema) }), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await listPolicies(ctx, staff);
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.send({ items: result.value });
    },
  );

  app.get(
    '/api/v1/policies/:id',
    {
      schema: {
        tags: ['policies'],
        summary: 'A policy at its newest version, with the history of its versions',
        security: [{ staffSession: [] }],
        params: PolicyParams,
        response: { 200: PolicyDetailSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await getPolicy(ctx, staff, request.params.id);
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.send(result.value);
    },
  );

  app.post(
    '/api/v1/policies/:id/versions',
    {
      schema: {
        tags: ['policies'],
        summary: 'Adjust a policy: its next version (admin)',
        description:
          'Cases already acknowledged keep the version they were promised under. With `activate`, the organisation runs this policy from now on.',
        security: [{ staffSession: [], csrfToken: [] }],
        params: PolicyParams,
        body: Type.Object(
          {
            rules: PolicyRulesSchema,
            note: Type.String({ maxLength: 2000, description: 'Why it changed' }),
            activate: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 201: PolicyDetailSchema, ...problemResponses(400, 401, 403, 404, 415, 422) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const { rules, note, activate } = request.body;
      const result = await addPolicyVersion(ctx, staff, request.params.id, {
        rules,
        note,
        ...(activate ? { activate } : {}),
      });
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.status(201).send(result.value);
    },
  );
};
