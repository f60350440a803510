import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../app/context.js';
import { getDashboard } from '../app/dashboard/dashboard.js';
import { sendRefusal, staffOf } from './case-route-kit.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession } from './staff-auth.js';

const count = Type.Integer({ minimum: 0 });
const open = (description: string) => Type.Object({}, { additionalProperties: true, description });

const DashboardSchema = Type.Object({
  generatedAt: Type.String({ format: 'date-time' }),
  today: Type.String({ format: 'date' }),
  open: Type.Array(Type.Object({ status: Type.String(), level: Type.Integer(), count })),
  dueToday: count,
  overdue: count,
  withBreach: Type.Integer({ minimum: 0, description: 'Open cases with a promise missed' }),
  undeliveredMessages: Type.Integer({
    minimum: 0,
    description: 'Emails to customers of open cases that failed or bounced',
  }),
  escalationsWaiting: Type.Object({ level2: count, level3: count }),
  ombudsmanCases: Type.Array(open('An open ombudsman case with its deadlines')),
  firstContactResolution: Type.Object({
    total: count,
    firstContact: count,
    rate: Type.Union([Type.Number(), Type.Null()]),
  }),
  acknowledgement: Type.Array(
    Type.Object({ channel: Type.String(), count, medianHours: Type.Number(), p90Hours: Type.Number() }),
  ),
  weeks: Type.Array(
    Type.Object({
      weekStarting: Type.String({ format: 'date' }),
      opened: count,
      resolved: count,
      breached: count,
    }),
  ),
});

/** For managers: the desk now and the last twelve weeks. */
export const dashboardRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/dashboard',
    {
      onRequest: requireStaffSession(ctx),
      schema: {
        tags: ['reports'],
        summary:
          'Open cases by status and level, what is due and breached, escalations, ombudsman cases, 12 weeks',
        security: [{ staffSession: [] }],
        response: { 200: DashboardSchema, ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const result = await getDashboard(ctx, staff);
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.header('cache-control', 'no-store').send(result.value);
    },
  );
};
