import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { OrganisationProfile } from '../domain/organisation.js';
import { errorPageRenderer, webRoutes } from '../web/routes.js';
import { installErrorHandling } from './error-handling.js';
import { healthRoutes, type Readiness } from './health-routes.js';
import { registerOpenApi } from './openapi.js';

export interface ServerDependencies {
  readiness: Readiness;
  organisation: () => OrganisationProfile;
  sessionSecret: string;
  logLevel: string;
  version: string;
}

export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the HTTP server: thin routes over the use cases; nothing here knows SQL. */
export async function buildServer(deps: ServerDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    },
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    // Field errors are collected all at once, so a form can show every problem in one go.
    ajv: { customOptions: { allErrors: true, coerceTypes: false, removeAdditional: false } },
    return503OnClosing: true,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
  });

  installErrorHandling(app, errorPageRenderer({ organisation: deps.organisation }));
  await app.register(cookie, { secret: deps.sessionSecret });
  await app.register(formbody, { bodyLimit: JSON_BODY_LIMIT_BYTES });
  await registerOpenApi(app, deps.version);
  await app.register(healthRoutes, { readiness: deps.readiness });
  await app.register(webRoutes, { organisation: deps.organisation });
  return app;
}
