import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StaffSession } from '../../app/auth/resume-staff-session.js';
import type { AppContext } from '../../app/context.js';
import {
  listOmbudsman,
  type OmbudsmanCaseChange,
  recordOmbudsmanCase,
  updateOmbudsmanCase,
} from '../../app/ombudsman/ombudsman-cases.js';
import { localDateIn, timeZoneOf } from '../../domain/business-calendar.js';
import { OMBUDSMAN_STAGES, type OmbudsmanStage } from '../../domain/ombudsman-case.js';
import { may } from '../../domain/permissions.js';
import { problemFromAppError } from '../../edge/problem.js';
import { sendPage } from '../render.js';
import { consoleKit } from './console-guards.js';
import { fieldErrors } from './field-errors.js';
import { OmbudsmanPage } from './pages/ombudsman-page.js';

const stageOf = (value: string | undefined): OmbudsmanStage | undefined =>
  (OMBUDSMAN_STAGES as readonly string[]).includes(value ?? '') ? (value as OmbudsmanStage) : undefined;

/** C10 in the console: record a complaint the ombudsman forwarded, and move it on. */
export async function consoleOmbudsmanRoutes(app: FastifyInstance, deps: { ctx: AppContext }): Promise<void> {
  const { ctx } = deps;
  const { hidden, page, staffOrSignIn, formSession, sendRefusalPage } = consoleKit(ctx);

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    session: StaffSession,
    extra: {
      form?: { values: Record<string, string>; errors: Record<string, string> };
      saved?: boolean;
    } = {},
    status = 200,
  ) {
    const context = await page(request, reply);
    if (!may(session.staff.role, 'ombudsman.manage')) {
      return sendRefusalPage(request, reply, session);
    }
    const cases = await listOmbudsman(ctx, session.staff, {});
    const today = localDateIn(
      ctx.clock(),
      timeZoneOf({ country: 'CA', region: context.organisation.defaultRegion }),
    );
    return sendPage(
      reply,
      <OmbudsmanPage
        page={context}
        staff={session.staff}
        csrf={session.csrfToken}
        cases={cases.ok ? cases.value : []}
        today={today}
        {...(extra.form ? { form: extra.form } : {})}
        saved={extra.saved === true}
      />,
      status,
    );
  }

  app.get('/console/ombudsman', hidden, async (request, reply) => {
    const session = await staffOrSignIn(request, reply);
    if (!session) return reply;
    return render(request, reply, session, { saved: (request.query as { saved?: string }).saved === '1' });
  });

  app.post('/console/ombudsman', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    const { fields, session } = form;
    const context = await page(request, reply);
    const errors: Record<string, string> = {};
    const trackingNumber = (fields.trackingNumber ?? '').trim().toUpperCase();
    const reference = (fields.reference ?? '').trim();
    const receivedOn = (fields.receivedOn ?? '').trim();
    if (!trackingNumber) errors.trackingNumber = context.t('validation.required');
    if (!/^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,59}$/.test(reference))
      errors.reference = context.t('validation.required');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(receivedOn)) errors.receivedOn = context.t('validation.required');
    if (Object.keys(errors).length > 0)
      return render(request, reply, session, { form: { values: fields, errors } }, 422);
    // Noon UTC is the same calendar day everywhere in Canada; never later than now.
    const receivedAt = new Date(
      Math.min(new Date(`${receivedOn}T12:00:00Z`).getTime(), ctx.clock().getTime()),
    );
    const result = await recordOmbudsmanCase(
      ctx,
      session.staff,
      {
        trackingNumber,
        reference,
        stage: stageOf(fields.stage) ?? 'assessment',
        receivedAt,
        chargesOnHold: fields.chargesOnHold !== 'false',
      },
      'console',
    );
    if (!result.ok) {
      const problem = problemFromAppError(result.error);
      const shown = fieldErrors(result.error, context);
      if (result.error.code === 'NOT_FOUND') shown.trackingNumber = context.t('console.case.notFound');
      if (result.error.code === 'ALREADY_EXISTS') shown.reference = context.t('console.admin.exists');
      return render(request, reply, session, { form: { values: fields, errors: shown } }, problem.status);
    }
    return reply.redirect('/console/ombudsman?saved=1', 303);
  });

  app.post('/console/ombudsman/:reference', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    const { fields, session } = form;
    const reference = (request.params as { reference: string }).reference;
    const stage = stageOf(fields.stage);
    const change: OmbudsmanCaseChange = {
      ...(stage ? { stage } : {}),
      chargesOnHold: fields.chargesOnHold !== 'false',
      ...(fields.step === 'objectionAnswered' ? { objectionAnswered: true } : {}),
      ...(fields.step === 'reported' ? { reported: true } : {}),
      ...(fields.step === 'closed' ? { closed: true } : {}),
    };
    const result = await updateOmbudsmanCase(ctx, session.staff, reference, change, 'console');
    if (!result.ok) return render(request, reply, session, {}, problemFromAppError(result.error).status);
    return reply.redirect('/console/ombudsman?saved=1', 303);
  });
}
