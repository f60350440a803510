import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StaffSession } from '../../app/auth/resume-staff-session.js';
import type { AppContext } from '../../app/context.js';
import { listLetters, markLetter } from '../../app/messages/print-queue.js';
import { localDateIn, timeZoneOf } from '../../domain/business-calendar.js';
import { problemFromAppError } from '../../edge/problem.js';
import { sendPage } from '../render.js';
import { consoleKit } from './console-guards.js';
import { fieldErrors } from './field-errors.js';
import { UUID_PATTERN } from './pages/formats.js';
import { LettersPage, type LettersPageProps } from './pages/letters-page.js';

/** Letters to print, in the console: the same use cases as /api/v1/letters. */
export async function consoleLetterRoutes(app: FastifyInstance, deps: { ctx: AppContext }): Promise<void> {
  const { ctx } = deps;
  const { hidden, page, staffOrSignIn, formSession, sendRefusalPage } = consoleKit(ctx);

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    session: StaffSession,
    extra: Pick<LettersPageProps, 'form' | 'saved'> = {},
    status = 200,
  ) {
    const context = await page(request, reply);
    const [waiting, printed] = await Promise.all([
      listLetters(ctx, session.staff, 'to_print'),
      listLetters(ctx, session.staff, 'printed'),
    ]);
    if (!waiting.ok || !printed.ok) return sendRefusalPage(request, reply, session);
    const timeZone = timeZoneOf({ country: 'CA', region: context.organisation.defaultRegion });
    return sendPage(
      reply,
      <LettersPage
        page={context}
        staff={session.staff}
        csrf={session.csrfToken}
        letters={[...waiting.value, ...printed.value]}
        today={localDateIn(ctx.clock(), timeZone)}
        timeZone={timeZone}
        {...(extra.form ? { form: extra.form } : {})}
        saved={extra.saved === true}
      />,
      status,
    );
  }

  app.get('/console/letters', hidden, async (request, reply) => {
    const session = await staffOrSignIn(request, reply);
    if (!session) return reply;
    return render(request, reply, session, { saved: (request.query as { saved?: string }).saved === '1' });
  });

  app.post('/console/letters/:id/:step', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    const { fields, session } = form;
    const { id, step } = request.params as { id: string; step: string };
    if (!UUID_PATTERN.test(id) || (step !== 'printed' && step !== 'posted')) return reply.callNotFound();
    const context = await page(request, reply);
    const postedOn = (fields.postedOn ?? '').trim();
    if (step === 'posted' && !/^\d{4}-\d{2}-\d{2}$/.test(postedOn))
      return render(
        request,
        reply,
        session,
        { form: { letterId: id, values: fields, errors: { postedOn: context.t('validation.required') } } },
        422,
      );
    const result = await markLetter(
      ctx,
      session.staff,
      id,
      step === 'printed' ? { status: 'printed' } : { status: 'posted', postedOn },
      'console',
    );
    if (!result.ok) {
      const problem = problemFromAppError(result.error, context.t);
      const shown = fieldErrors(result.error, context);
      const errors = Object.keys(shown).length > 0 ? shown : { postedOn: problem.title };
      return render(
        request,
        reply,
        session,
        { form: { letterId: id, values: fields, errors } },
        problem.status,
      );
    }
    return reply.redirect('/console/letters?saved=1', 303);
  });
}
