import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.js';
import { getDashboard } from '../../app/dashboard/dashboard.js';
import { sendPage } from '../render.js';
import { consoleKit } from './console-guards.js';
import { DashboardPage } from './pages/dashboard-page.js';

/** The managers' dashboard in the console (the same figures as GET /api/v1/dashboard). */
export async function consoleDashboardRoutes(app: FastifyInstance, deps: { ctx: AppContext }): Promise<void> {
  const { ctx } = deps;
  const { hidden, page, staffOrSignIn, sendRefusalPage } = consoleKit(ctx);

  app.get('/console/dashboard', hidden, async (request, reply) => {
    const session = await staffOrSignIn(request, reply);
    if (!session) return reply;
    const context = await page(request, reply);
    const dashboard = await getDashboard(ctx, session.staff);
    if (!dashboard.ok) return sendRefusalPage(request, reply, session);
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
