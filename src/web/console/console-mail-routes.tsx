import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StaffSession } from '../../app/auth/resume-staff-session.js';
import type { AppContext } from '../../app/context.js';
import {
  assignInboundMessage,
  listInboundMessages,
  openCaseFromInboundMessage,
} from '../../app/inbound/held-mail.js';
import { timeZoneOf } from '../../domain/business-calendar.js';
import { parseTrackingNumber } from '../../domain/tracking-number.js';
import { problemFromAppError } from '../../edge/problem.js';
import { sendPage } from '../render.js';
import { consoleKit } from './console-guards.js';
import { UUID_PATTERN } from './pages/formats.js';
import { MailPage, type MailPageProps } from './pages/mail-page.js';

/** Mail to sort, in the console: the same use cases as /api/v1/inbound-messages. */
export async function consoleMailRoutes(app: FastifyInstance, deps: { ctx: AppContext }): Promise<void> {
  const { ctx } = deps;
  const { hidden, page, staffOrSignIn, formSession, sendRefusalPage } = consoleKit(ctx);

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    session: StaffSession,
    extra: Pick<MailPageProps, 'form' | 'saved'> = {},
    status = 200,
  ) {
    const context = await page(request, reply);
    const held = await listInboundMessages(ctx, session.staff, 'held');
    if (!held.ok) return sendRefusalPage(request, reply, session);
    return sendPage(
      reply,
      <MailPage
        page={context}
        staff={session.staff}
        csrf={session.csrfToken}
        held={held.value}
        timeZone={timeZoneOf({ country: 'CA', region: context.organisation.defaultRegion })}
        {...(extra.form ? { form: extra.form } : {})}
        saved={extra.saved === true}
      />,
      status,
    );
  }

  app.get('/console/mail', hidden, async (request, reply) => {
    const session = await staffOrSignIn(request, reply);
    if (!session) return reply;
    return render(request, reply, session, { saved: (request.query as { saved?: string }).saved === '1' });
  });

  app.post('/console/mail/:id/:step', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    const { fields, session } = form;
    const { id, step } = request.params as { id: string; step: string };
    if (!UUID_PATTERN.test(id) || (step !== 'assignment' && step !== 'new-case')) return reply.callNotFound();
    const context = await page(request, reply);
    const refuse = (errors: Record<string, string>, status: number) =>
      render(request, reply, session, { form: { messageId: id, values: fields, errors } }, status);
    if (step === 'assignment') {
      const parsed = parseTrackingNumber(fields.trackingNumber ?? '');
      if (!parsed.ok) return refuse({ trackingNumber: context.t('console.case.notFound') }, 422);
      const result = await assignInboundMessage(ctx, session.staff, id, parsed.value);
      if (!result.ok) {
        const problem = problemFromAppError(result.error, context.t);
        return refuse({ trackingNumber: problem.detail ?? problem.title }, problem.status);
      }
      return reply.redirect(`/console/cases/${encodeURIComponent(result.value.trackingNumber)}`, 303);
    }
    const kind = fields.kind === 'complaint' ? 'complaint' : 'inquiry';
    const result = await openCaseFromInboundMessage(ctx, session.staff, id, kind);
    if (!result.ok) {
      const problem = problemFromAppError(result.error, context.t);
      return refuse({ kind: problem.detail ?? problem.title }, problem.status);
    }
    return reply.redirect(`/console/cases/${encodeURIComponent(result.value.trackingNumber)}`, 303);
  });
}
