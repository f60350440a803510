import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { AppContext } from './app/context.js';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './domain/attachment.js';
import { INPUT_AJV_OPTIONS } from './edge/input-validator.js';
import { httpProblem, sendProblem } from './edge/problem.js';
import { authRoutes } from './http/auth-routes.js';
import { caseFileExportRoutes } from './http/case-file-export-routes.js';
import { caseMessageRoutes } from './http/case-message-routes.js';
import { caseRoutes } from './http/case-routes.js';
import { caseWorkRoutes } from './http/case-work-routes.js';
import { intakeRoutes } from './http/complaint-routes.js';
import { dashboardRoutes } from './http/dashboard-routes.js';
import { documentRoutes } from './http/document-routes.js';
import { installErrorHandling, isApiPath } from './http/error-handling.js';
import { followRoutes } from './http/follow-routes.js';
import { healthRoutes, type Readiness } from './http/health-routes.js';
import { inboundMessageRoutes } from './http/inbound-message-routes.js';
import { lazySchemaCompilers } from './http/lazy-schema-compilers.js';
import { letterRoutes } from './http/letter-routes.js';
import { ombudsmanRoutes } from './http/ombudsman-routes.js';
import { registerOpenApi } from './http/openapi.js';
import { policyRoutes } from './http/policy-routes.js';
import { ProblemSchema } from './http/problem-schema.js';
import { settingsRoutes } from './http/settings-routes.js';
import { staffRoutes } from './http/staff-routes.js';
import { consoleAdminRoutes } from './web/console/console-admin-routes.js';
import { consoleAuthRoutes } from './web/console/console-auth-routes.js';
import { consoleDashboardRoutes } from './web/console/console-dashboard-routes.js';
import { consoleEligibilityRoutes } from './web/console/console-eligibility-routes.js';
import { consoleLetterRoutes } from './web/console/console-letter-routes.js';
import { consoleMailRoutes } from './web/console/console-mail-routes.js';
import { consoleOmbudsmanRoutes } from './web/console/console-ombudsman-routes.js';
import { consolePolicyRoutes } from './web/console/console-policy-routes.js';
import { consoleRoutes } from './web/console/console-routes.js';
import { followPages } from './web/follow/follow-routes.js';
import { errorPageRenderer, webRoutes } from './web/routes.js';

export interface ServerDependencies {
  ctx: AppContext;
  /** Cookies get the Secure flag when the public address is https. */
  secureCookies: boolean;
  publicUrl: string;
  /** Called after a request queued a message, so the outbox delivers it without waiting. */
  filingRateLimit: number;
  readiness: Readiness;
  sessionSecret: string;
  log: FastifyBaseLogger;
  version: string;
  trustProxy?: boolean | string;
}

export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the HTTP server: thin routes over the use cases; nothing here knows SQL. */
export async function buildServer(deps: ServerDependencies): Promise<FastifyInstance> {
  const schemas = lazySchemaCompilers();
  const app = Fastify({
    schemaController: { compilersFactory: schemas.compilersFactory },
    trustProxy: deps.trustProxy ?? false,
    loggerInstance: deps.log,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    // Field errors are collected all at once, so a form can show every problem in one go.
    ajv: { customOptions: { ...INPUT_AJV_OPTIONS } },
    return503OnClosing: true,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onListen', async () => {
    schemas.warmUp((error) => app.log.error({ err: error }, 'a route schema does not compile'));
  });

  // While stopping, each response closes its connection: a kept-alive client would otherwise hold
  // the shutdown open until its keep-alive timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    if (closing) reply.header('connection', 'close');
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
  });

  installErrorHandling(app, errorPageRenderer({ ctx: deps.ctx }));
  // Bodies are JSON (API) or HTML form posts (pages); any other type is refused with 415.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request, reply) => {
    const type = request.headers['content-type'];
    const multipartAllowed = request.routeOptions.config.acceptsMultipart === true && isMultipart(type);
    if (isApiPath(request.url) && type && !isJson(type) && !multipartAllowed) {
      return sendProblem(reply, httpProblem('UNSUPPORTED_MEDIA_TYPE', { detail: 'Send application/json' }));
    }
  });
  await app.register(cookie, { secret: deps.sessionSecret });
  await app.register(formbody, { bodyLimit: JSON_BODY_LIMIT_BYTES });
  await app.register(multipart, {
    limits: {
      fileSize: MAX_ATTACHMENT_BYTES,
      files: MAX_ATTACHMENTS,
      fields: 60,
      fieldSize: 100_000,
      parts: 80,
    },
  });
  app.decorateRequest('staffSession', null);
  app.decorateRequest('uploads', null);
  app.addSchema(ProblemSchema);
  await registerOpenApi(app, deps.version);
  await app.register(healthRoutes, { readiness: deps.readiness });
  await app.register(authRoutes, {
    ctx: deps.ctx,
    secureCookies: deps.secureCookies,
  });
  await app.register(intakeRoutes, {
    ctx: deps.ctx,
    publicUrl: deps.publicUrl,
    filingRateLimit: deps.filingRateLimit,
  });
  await app.register(settingsRoutes, { ctx: deps.ctx });
  await app.register(caseRoutes, { ctx: deps.ctx, publicUrl: deps.publicUrl });
  await app.register(caseWorkRoutes, {
    ctx: deps.ctx,
    publicUrl: deps.publicUrl,
  });
  await app.register(caseFileExportRoutes, { ctx: deps.ctx, publicUrl: deps.publicUrl });
  await app.register(caseMessageRoutes, { ctx: deps.ctx });
  await app.register(inboundMessageRoutes, { ctx: deps.ctx });
  await app.register(documentRoutes, { ctx: deps.ctx });
  await app.register(letterRoutes, { ctx: deps.ctx });
  await app.register(ombudsmanRoutes, { ctx: deps.ctx });
  await app.register(policyRoutes, { ctx: deps.ctx });
  await app.register(dashboardRoutes, { ctx: deps.ctx });
  await app.register(staffRoutes, { ctx: deps.ctx });
  await app.register(followRoutes, {
    ctx: deps.ctx,
    secureCookies: deps.secureCookies,
  });
  const consoleDeps = {
    ctx: deps.ctx,
    publicUrl: deps.publicUrl,
    secureCookies: deps.secureCookies,
  };
  await app.register(consoleAuthRoutes, consoleDeps);
  await app.register(consoleRoutes, consoleDeps);
  await app.register(consoleAdminRoutes, { ctx: deps.ctx });
  await app.register(consoleEligibilityRoutes, { ctx: deps.ctx });
  await app.register(consoleDashboardRoutes, { ctx: deps.ctx });
  await app.register(consoleOmbudsmanRoutes, { ctx: deps.ctx });
  await app.register(consoleMailRoutes, { ctx: deps.ctx });
  await app.register(consoleLetterRoutes, { ctx: deps.ctx });
  await app.register(consolePolicyRoutes, { ctx: deps.ctx });
  await app.register(followPages, consoleDeps);
  await app.register(webRoutes, {
    ctx: deps.ctx,
    publicUrl: deps.publicUrl,
    secureCookies: deps.secureCookies,
    filingRateLimit: deps.filingRateLimit,
  });
  return app;
}

function isMultipart(contentType: string | undefined): boolean {
  return (contentType ?? '').toLowerCase().startsWith('multipart/form-data');
}

function isJson(contentType: string): boolean {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route takes multipart/form-data besides JSON (see multipart-body.ts). */
    acceptsMultipart?: boolean;
  }
}
