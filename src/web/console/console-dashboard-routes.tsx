import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.js';
import { getDashboard } from '../../app/dashboard/dashboard.js';
import { getOrganisation } from '../../app/settings/get-organisation.js';
import { pageContext } from '../page-context.js';
import { sendPage } from '../render.js';
import { consoleGuards } from './console-guards.js';
import { ConsoleLayout } from './console-layout.js';
import { DashboardPage } from './pages/dashboard-page.js';

/** The managers' dashboard in the console (the same figures as GET /api/v1/dashboard). */
export async function consoleDashboardRoutes(app: FastifyInstance, deps: { ctx: AppContext }): Promise<void> {
  const { ctx } = deps;
  const page = async (request: FastifyRequest, reply: FastifyReply) =>
    pageContext(request, reply, await getOrganisation(ctx));
  const { staffOrSignIn } = consoleGuards(ctx, page);

  app.get('/console/dashboard', { schema: { hide: true } }, async (request, reply) => {
    const session = await staffOrSignIn(request, reply);
    if (!session) return reply;
    const context = await page(request, reply);
    const dashboard = await getDashboard(ctx, session.staff);
    if (!dashboard.ok) {
      return sendPage(
        reply,
        <ConsoleLayout
          page={context}
          title={context.t('console.case.forbidden')}
          staff={session.staff}
          csrf={session.csrfToken}
        >
          <h1>{context.t('console.case.forbidden')}</h1>
        </ConsoleLayout>,
        403,
      );
    }
    return sendPage(
      reply,
      <DashboardPage
        page={context}
        staff={session.staff}
        csrf={session.csrfToken}
        dashboard={dashboard.value}
      />,
    );
  });
}
