import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffSession } from '../../app/auth/resume-staff-session.js';
import type { AppContext } from '../../app/context.js';
import { getOrganisation } from '../../app/settings/get-organisation.js';
import type { PageContext } from '../components/layout.js';
import { pageContext } from '../page-context.js';
import { sendPage } from '../render.js';
import { ConsoleLayout } from './console-layout.js';
import { consoleSession, csrfValid, formFields } from './console-session.js';

/** The console's two gates: signed in (else to the sign-in page), and a form with the CSRF token. */
export function consoleGuards(
  ctx: AppContext,
  page: (request: FastifyRequest, reply: FastifyReply) => Promise<PageContext>,
) {
  /** The signed-in staff member, or a redirect to the sign-in page (already sent). */
  async function staffOrSignIn(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<StaffSession | undefined> {
    const session = await consoleSession(ctx, request);
    if (!session) {
      reply.redirect('/console/sign-in', 303);
      return undefined;
    }
    return session;
  }

  /** A state-changing form: signed in, with the right CSRF token; else answered already. */
  async function formSession(request: FastifyRequest, reply: FastifyReply) {
    const session = await staffOrSignIn(request, reply);
    if (!session) return undefined;
    const fields = formFields(request);
    if (!csrfValid(session, fields)) {
      const context = await page(request, reply);
      sendPage(
        reply,
        <ConsoleLayout page={context} title={context.t('console.case.forbidden')}>
          <h1>{context.t('console.case.forbidden')}</h1>
          <p>
            <a href="/console">{context.t('console.nav.queue')}</a>
          </p>
        </ConsoleLayout>,
        403,
      );
      return undefined;
    }
    return { session, fields };
  }

  /** The page that says "you may not do this" (or that the thing is not there), in the console's frame. */
  async function sendRefusalPage(
    request: FastifyRequest,
    reply: FastifyReply,
    session: StaffSession,
    status: 403 | 404 = 403,
  ) {
    const context = await page(request, reply);
    const title = context.t(status === 404 ? 'console.case.notFound' : 'console.case.forbidden');
    return sendPage(
      reply,
      <ConsoleLayout page={context} title={title} staff={session.staff} csrf={session.csrfToken}>
        <h1>{title}</h1>
      </ConsoleLayout>,
      status,
    );
  }

  return { staffOrSignIn, formSession, sendRefusalPage };
}

/** What every console route file starts with: hidden from the OpenAPI document, the page context, the guards. */
export function consoleKit(ctx: AppContext) {
  const page = async (request: FastifyRequest, reply: FastifyReply) =>
    pageContext(request, reply, await getOrganisation(ctx));
  return { hidden: { schema: { hide: true } }, page, ...consoleGuards(ctx, page) };
}
