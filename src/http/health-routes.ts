import type { FastifyInstance } from 'fastify';

export interface Readiness {
  /** Resolves true when the database answers and the schema is at this build's version. */
  check(): Promise<boolean>;
}

/** Liveness and readiness, for process managers and load balancers. */
export async function healthRoutes(app: FastifyInstance, deps: { readiness: Readiness }): Promise<void> {
  const hidden = { schema: { hide: true } };
  app.get('/healthz', hidden, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );
  app.get('/readyz', hidden, async (request, reply) => {
    let ready = false;
    try {
      ready = await deps.readiness.check();
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
    }
    return reply
      .status(ready ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: ready ? 'ready' : 'not ready' });
  });
}
