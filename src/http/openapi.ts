import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/**
 * Swagger UI's pages and logo, served from the folder the package ships them in. Named here, as
 * its README says to when the plugin is bundled (it would look for them beside its own code).
 */
function swaggerUiAssets() {
  const baseDir = join(dirname(createRequire(import.meta.url).resolve('@fastify/swagger-ui')), 'static');
  return {
    baseDir,
    logo: { type: 'image/svg+xml', content: readFileSync(join(baseDir, 'logo.svg')) },
  };
}

/**
 * The OpenAPI 3 document is generated from the routes' own schemas, so it cannot drift from what
 * the server validates. Only /api/ routes appear; pages and health checks are hidden.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Redress API',
        version,
        description:
          'Complaints handling that keeps the promises of a telecom complaints code (C1–C12). ' +
          'Errors are application/problem+json (RFC 9457) with a stable `code`.',
      },
      components: {
        securitySchemes: {
          staffSession: { type: 'apiKey', in: 'cookie', name: 'redress_staff' },
          customerSession: { type: 'apiKey', in: 'cookie', name: 'redress_follow' },
          csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, ...swaggerUiAssets() });
}
