import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type TObject, type TSchema, Type } from 'typebox';
import type { CaseChanged } from '../app/case-commands/case-changed.js';
import type { CaseCommand, VersionRule } from '../app/case-commands/case-command.js';
import { CASE_COMMANDS } from '../app/case-commands/case-command-table.js';
import { mayRun, runCaseCommand } from '../app/case-commands/run-case-command.js';
import type { AppContext } from '../app/context.js';
import { problemFromAppError, sendProblem } from '../edge/problem.js';
import { AcknowledgementSchema } from '../edge/schemas/case-submission.js';
import { translator } from '../i18n/index.js';
import { acknowledgementBody } from './acknowledgement-body.js';
import {
  CaseChangedSchema,
  expectedVersion,
  sendRefusal,
  staffOf,
  TrackingNumberParams,
  trackingNumberOf,
  VersionField,
} from './case-route-kit.js';
import { apiLanguage } from './error-handling.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession } from './staff-auth.js';

/** How a command's result is answered: its status, its schema, its body. */
interface Answer<R> {
  status: 200 | 202;
  schema: TSchema;
  body(result: R, reply: FastifyReply): unknown;
}

type ResultOf<C> = C extends CaseCommand<TObject, infer R, VersionRule> ? R : never;
type Commands = typeof CASE_COMMANDS;
/** The commands that do not answer where the case stands now: each must say how it answers. */
type SpecialAnswers = {
  [K in keyof Commands as ResultOf<Commands[K]> extends CaseChanged ? never : K]: Answer<
    ResultOf<Commands[K]>
  >;
};

const caseChangedAnswer: Answer<CaseChanged> = {
  status: 200,
  schema: CaseChangedSchema,
  body: (changed, reply) => {
    reply.header('etag', `"${changed.version}"`);
    return changed;
  },
};

/**
 * Every step of the command table as an API operation (so a telephony system or a CRM can drive
 * it). Changes carry the case version they are based on (`If-Match` or `version`); a stale one
 * gets 409 with the events since. The permission is checked before the body is validated.
 */
export const caseWorkRoutes: FastifyPluginAsyncTypebox<{
  ctx: AppContext;
  publicUrl: string;
}> = async (app, { ctx, publicUrl }) => {
  app.addHook('onRequest', requireStaffSession(ctx));

  // The loop below has lost each entry's result type; `answers` above is where it is checked.
  function route(command: CaseCommand<TObject, unknown>, answer: Answer<never>) {
    const api = command.api;
    if (!api) return;
    const body =
      command.version === 'none'
        ? Type.Object(command.input.properties, { additionalProperties: false })
        : Type.Object(
            { ...command.input.properties, version: VersionField },
            { additionalProperties: false },
          );
    app.post(
      `/api/v1/cases/:trackingNumber/${api.path}`,
      {
        schema: {
          tags: [api.tag ?? 'case work'],
          summary: api.summary,
          ...(api.description ? { description: api.description } : {}),
          security: [{ staffSession: [], csrfToken: [] }],
          params: TrackingNumberParams,
          ...(Object.keys(command.input.properties).length > 0 || command.version !== 'none' ? { body } : {}),
          response: {
            [answer.status]: answer.schema,
            ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422),
          },
        },
        preValidation: async (request: FastifyRequest, reply: FastifyReply) => {
          const staff = request.staffSession?.staff;
          if (staff && !mayRun(staff, command)) {
            await sendProblem(
              reply,
              problemFromAppError({ code: 'FORBIDDEN' }, translator(apiLanguage(request))),
            );
          }
        },
      },
      async (request, reply) => {
        const staff = await staffOf(ctx, request, reply);
        if (!staff) return reply;
        const trackingNumber = trackingNumberOf(request, reply);
        if (!trackingNumber) return reply;
        const { version, ...input } = (request.body ?? {}) as Record<string, unknown> & { version?: number };
        const result = await runCaseCommand(
          ctx,
          staff,
          command,
          { trackingNumber, expectedVersion: expectedVersion(request, version) },
          input,
          'api',
        );
        if (!result.ok) return sendRefusal(request, reply, result);
        return reply.status(answer.status).send(await answer.body(result.value as never, reply));
      },
    );
  }

  const answers: SpecialAnswers = {
    check_identity: {
      status: 200,
      schema: Type.Object({ verifiedUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]) }),
      body: (status) => ({ verifiedUntil: status.verifiedUntil?.toISOString() ?? null }),
    },
    send_identity_code: {
      status: 202,
      schema: Type.Object({ sentTo: Type.Literal('email'), expiresAt: Type.String({ format: 'date-time' }) }),
      body: (sent) => ({ sentTo: sent.sentTo, expiresAt: sent.expiresAt.toISOString() }),
    },
    convert_to_complaint: {
      status: 200,
      schema: AcknowledgementSchema,
      body: (ack) => acknowledgementBody(ctx, publicUrl, ack),
    },
  };
  for (const command of Object.values(CASE_COMMANDS)) {
    const special: Answer<never> | undefined = Object.hasOwn(answers, command.name)
      ? answers[command.name as keyof SpecialAnswers]
      : undefined;
    route(command, special ?? caseChangedAnswer);
  }
};
