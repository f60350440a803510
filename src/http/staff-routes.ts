import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MIN_PASSWORD_LENGTH } from '../app/auth/password-reset.js';
import type { AppContext } from '../app/context.js';
import { stringEnum } from '../app/input-schema.js';
import { createTeam } from '../app/staff/create-team.js';
import { createStaff, listAllTeams, listStaff, updateStaff } from '../app/staff/manage-staff.js';
import { LANGUAGES } from '../domain/language.js';
import { STAFF_ROLES } from '../domain/staff-role.js';
import { sendRefusal, staffOf } from './case-route-kit.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession } from './staff-auth.js';

const nullableUuid = Type.Union([Type.String({ format: 'uuid' }), Type.Null()]);
const StaffAccountSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  role: stringEnum(STAFF_ROLES),
  teamId: nullableUuid,
  language: stringEnum(LANGUAGES),
  active: Type.Boolean(),
});
const TeamSchema = Type.Object({ id: Type.String(), name: Type.String() });

/** Staff accounts and teams: everyone may list them (to assign cases); admins manage them. */
export const staffRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', requireStaffSession(ctx));

  app.get(
    '/api/v1/staff',
    {
      schema: {
        tags: ['staff and teams'],
        summary: 'Everyone at the desk',
        security: [{ staffSession: [] }],
        response: { 200: Type.Array(StaffAccountSchema), ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await listStaff(ctx, staff);
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.send(result.value);
    },
  );

  app.post(
    '/api/v1/staff',
    {
      schema: {
        tags: ['staff and teams'],
        summary: 'Create a staff account (admin)',
        description: 'Without a password, the new colleague is emailed a link to choose one (valid 7 days).',
        security: [{ staffSession: [], csrfToken: [] }],
        body: Type.Object(
          {
            email: Type.String({ format: 'email', maxLength: 254 }),
            displayName: Type.String({ minLength: 1, maxLength: 200 }),
            role: stringEnum(STAFF_ROLES),
            teamId: Type.Optional(nullableUuid),
            language: Type.Optional(stringEnum(LANGUAGES)),
            password: Type.Optional(Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: 1024 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: StaffAccountSchema, ...problemResponses(400, 401, 403, 409, 415, 422) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const { teamId, language, ...rest } = request.body;
      const result = await createStaff(ctx, staff, {
        ...rest,
        teamId: teamId ?? null,
        language: language ?? 'en',
      });
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.status(201).send(result.value);
    },
  );

  app.patch(
    '/api/v1/staff/:id',
    {
      schema: {
        tags: ['staff and teams'],
        summary: 'Change a staff account: role, team, language, active (admin)',
        description: 'Deactivating an account or changing its role ends its sessions.',
        security: [{ staffSession: [], csrfToken: [] }],
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          {
            displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            role: Type.Optional(stringEnum(STAFF_ROLES)),
            teamId: Type.Optional(nullableUuid),
            language: Type.Optional(stringEnum(LANGUAGES)),
            active: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 200: StaffAccountSchema, ...problemResponses(400, 401, 403, 404, 415, 422) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await updateStaff(ctx, staff, request.params.id, request.body);
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.send(result.value);
    },
  );

  app.get(
    '/api/v1/teams',
    {
      schema: {
        tags: ['staff and teams'],
        summary: 'The teams',
        security: [{ staffSession: [] }],
        response: { 200: Type.Array(TeamSchema), ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await listAllTeams(ctx, staff);
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.send(result.value);
    },
  );

  app.post(
    '/api/v1/teams',
    {
      schema: {
        tags: ['staff and teams'],
        summary: 'Create a team (admin)',
        security: [{ staffSession: [], csrfToken: [] }],
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 100 }) },
          { additionalProperties: false },
        ),
        response: { 201: TeamSchema, ...problemResponses(400, 401, 403, 409, 415, 422) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await createTeam(ctx, staff, request.body.name);
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.status(201).send(result.value);
    },
  );
};
