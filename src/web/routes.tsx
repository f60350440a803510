import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OrganisationProfile } from '../domain/organisation.js';
import { SITE_CSS } from './assets/site-css.js';
import { pageContext } from './page-context.js';
import { ErrorPage } from './pages/error-page.js';
import { HomePage } from './pages/home-page.js';
import { sendPage } from './render.js';

export interface WebDependencies {
  organisation: () => OrganisationProfile;
}

/** The customer pages. Each route reads, calls a use case where needed, and renders. */
export async function webRoutes(app: FastifyInstance, deps: WebDependencies): Promise<void> {
  const hidden = { schema: { hide: true } };

  app.get('/', hidden, async (request, reply) =>
    sendPage(reply, <HomePage page={pageContext(request, reply, deps.organisation())} />),
  );

  app.get('/assets/site.css', hidden, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(SITE_CSS),
  );
}

export function errorPageRenderer(deps: WebDependencies) {
  return (request: FastifyRequest, reply: FastifyReply, kind: 'notFound' | 'generic', status: number) =>
    sendPage(
      reply,
      <ErrorPage page={pageContext(request, reply, deps.organisation())} kind={kind} />,
      status,
    );
}
