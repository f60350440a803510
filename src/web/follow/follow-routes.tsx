import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.js';
import type { AppError, Outcome } from '../../app/errors.js';
import { openCaseFromLink } from '../../app/follow/case-link.js';
import {
  type CustomerSession,
  endCustomerSession,
  openCustomerSession,
  requestAccessCode,
  resumeCustomerSession,
} from '../../app/follow/customer-access.js';
import {
  addCustomerDocuments,
  convertOwnInquiry,
  replyToOutcome,
  requestCustomerEscalation,
  sendCustomerMessage,
} from '../../app/follow/customer-actions.js';
import { getCustomerCase } from '../../app/follow/customer-case.js';
import { getOrganisation } from '../../app/settings/get-organisation.js';
import { parseTrackingNumber } from '../../domain/tracking-number.js';
import { problemFromAppError } from '../../edge/problem.js';
import { readMultipart } from '../../edge/read-multipart.js';
import { CUSTOMER_COOKIE, sameToken } from '../../edge/session-cookies.js';
import { formatLocalDate } from '../../i18n/format-date.js';
import type { PageContext } from '../components/layout.js';
import { formFields } from '../console/console-session.js';
import { pageContext } from '../page-context.js';
import { sendPage } from '../render.js';
import { FollowCasePage, FollowCodePage, FollowStartPage } from './follow-pages.js';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * "Follow my case" for customers, without an account and without JavaScript: tracking number and
 * email → a code by email → the case page, where they write, answer an outcome or escalate.
 */
export async function followPages(
  app: FastifyInstance,
  deps: { ctx: AppContext; secureCookies: boolean },
): Promise<void> {
  const { ctx } = deps;
  const hidden = { schema: { hide: true } };
  const page = async (request: FastifyRequest, reply: FastifyReply) =>
    pageContext(request, reply, await getOrganisation(ctx));

  async function customerOf(request: FastifyRequest): Promise<CustomerSession | undefined> {
    const token = request.cookies[CUSTOMER_COOKIE];
    if (!token) return undefined;
    const session = await resumeCustomerSession(ctx, token);
    return session.ok ? session.value : undefined;
  }

  async function renderCase(
    request: FastifyRequest,
    reply: FastifyReply,
    session: CustomerSession,
    extra: { notice?: string; errors?: Record<string, string> } = {},
    status = 200,
  ) {
    const view = await getCustomerCase(ctx, session);
    if (!view.ok) return reply.redirect('/follow', 303);
    const context: PageContext = pageContext(request, reply, await getOrganisation(ctx));
    return sendPage(
      reply,
      <FollowCasePage page={context} view={view.value} csrf={session.csrfToken} {...extra} />,
      status,
    );
  }

  app.get('/follow', hidden, async (request, reply) => {
    const context = await page(request, reply);
    const left = (request.query as { left?: string }).left === '1';
    return sendPage(
      reply,
      <FollowStartPage
        page={context}
        values={{}}
        errors={{}}
        {...(left ? { notice: context.t('follow.left') } : {})}
      />,
    );
  });

  app.post('/follow/code', hidden, async (request, reply) => {
    const fields = formFields(request);
    const context = await page(request, reply);
    const values = {
      trackingNumber: (fields.trackingNumber ?? '').trim(),
      email: (fields.email ?? '').trim(),
    };
    const parsed = parseTrackingNumber(values.trackingNumber);
    const errors: { trackingNumber?: string; email?: string } = {};
    if (!parsed.ok) {
      errors.trackingNumber =
        parsed.problem === 'TRACKING_NUMBER_CHECK_FAILED'
          ? context.t('follow.checkFailed')
          : context.t('follow.notTracking');
    }
    if (!EMAIL.test(values.email)) errors.email = context.t('validation.email');
    if (!parsed.ok || errors.email) {
      return sendPage(
        reply,
        <FollowStartPage page={context} values={values} errors={errors} />,
        parsed.ok ? 422 : 400,
      );
    }
    const result = await requestAccessCode(ctx, {
      trackingNumber: parsed.value,
      email: values.email,
      clientAddress: request.ip,
    });
    if (!result.ok) {
      const minutes =
        result.error.code === 'TOO_MANY_ATTEMPTS' ? Math.ceil(result.error.retryAfterSeconds / 60) : 15;
      if (result.error.code === 'TOO_MANY_ATTEMPTS')
        reply.header('retry-after', String(result.error.retryAfterSeconds));
      return sendPage(
        reply,
        <FollowStartPage
          page={context}
          values={values}
          errors={{ trackingNumber: context.t('follow.tooMany', { minutes }) }}
        />,
        429,
      );
    }
    return sendPage(
      reply,
      <FollowCodePage page={context} trackingNumber={parsed.value} email={values.email} />,
    );
  });

  app.post('/follow/open', hidden, async (request, reply) => {
    const fields = formFields(request);
    const context = await page(request, reply);
    const trackingNumber = (fields.trackingNumber ?? '').trim();
    const email = (fields.email ?? '').trim();
    const code = (fields.code ?? '').trim();
    const parsed = parseTrackingNumber(trackingNumber);
    const result =
      parsed.ok && /^\d{6}$/.test(code)
        ? await openCustomerSession(ctx, { trackingNumber: parsed.value, email, code })
        : undefined;
    if (!result?.ok) {
      const tooMany = result?.error.code === 'TOO_MANY_ATTEMPTS' ? result.error : undefined;
      if (tooMany) reply.header('retry-after', String(tooMany.retryAfterSeconds));
      const error = tooMany
        ? context.t('follow.tooMany', { minutes: Math.ceil(tooMany.retryAfterSeconds / 60) })
        : context.t('follow.wrongCode');
      return sendPage(
        reply,
        <FollowCodePage page={context} trackingNumber={trackingNumber} email={email} error={error} />,
        tooMany ? 429 : 401,
      );
    }
    reply.setCookie(CUSTOMER_COOKIE, result.value.sessionToken, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.secureCookies,
      expires: result.value.expiresAt,
    });
    return reply.redirect('/follow/case', 303);
  });

  app.get('/follow/link', hidden, async (request, reply) => {
    const query = request.query as { c?: string; e?: string; s?: string };
    const parsed = parseTrackingNumber(query.c ?? '');
    const expires = Number(query.e);
    const opened =
      parsed.ok && Number.isInteger(expires) && typeof query.s === 'string'
        ? await openCaseFromLink(ctx, { trackingNumber: parsed.value, expires, signature: query.s })
        : undefined;
    if (!opened?.ok) {
      // An old or altered link: the usual way in, by code.
      return sendPage(
        reply,
        <FollowStartPage page={await page(request, reply)} values={{}} errors={{}} />,
        401,
      );
    }
    reply.setCookie(CUSTOMER_COOKIE, opened.value.sessionToken, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.secureCookies,
      expires: opened.value.expiresAt,
    });
    return reply.redirect('/follow/case', 303);
  });

  app.get('/follow/case', hidden, async (request, reply) => {
    const session = await customerOf(request);
    if (!session) return reply.redirect('/follow', 303);
    const context = await page(request, reply);
    const done = (request.query as { done?: string }).done;
    const notice =
      done === 'sent'
        ? context.t('follow.sent')
        : done?.startsWith('escalated:')
          ? context.t('follow.escalate.done', { date: formatLocalDate(done.slice(10), context.language) })
          : undefined;
    return renderCase(request, reply, session, notice ? { notice } : {});
  });

  /** A customer's form: their session and the CSRF token it was given, or back to the start. */
  function caseForm(
    path: string,
    act: (
      session: CustomerSession,
      fields: Record<string, string>,
      context: PageContext,
    ) => Promise<{ errors: Record<string, string> } | { outcome: Outcome<unknown>; done: string }>,
  ) {
    app.post(path, hidden, async (request, reply) => {
      const session = await customerOf(request);
      if (!session) return reply.redirect('/follow', 303);
      const fields = formFields(request);
      if (!sameToken(fields._csrf ?? '', session.csrfToken)) return reply.redirect('/follow/case', 303);
      const context = await page(request, reply);
      const result = await act(session, fields, context);
      if ('errors' in result) return renderCase(request, reply, session, { errors: result.errors }, 422);
      if (!result.outcome.ok) return renderCase(request, reply, session, {}, 409);
      return reply.redirect(`/follow/case?done=${encodeURIComponent(result.done)}`, 303);
    });
  }

  const required = (context: PageContext, fields: Record<string, string>, name: string, max: number) => {
    const value = (fields[name] ?? '').trim();
    if (!value) return { errors: { [name]: context.t('validation.required') } };
    if (value.length > max) return { errors: { [name]: context.t('validation.tooLong', { max }) } };
    return value;
  };

  caseForm('/follow/case/message', async (session, fields, context) => {
    const body = required(context, fields, 'body', 10_000);
    if (typeof body !== 'string') return body;
    return { outcome: await sendCustomerMessage(ctx, session, body), done: 'sent' };
  });

  caseForm('/follow/case/escalation', async (session, fields, context) => {
    const reason = required(context, fields, 'reason', 10_000);
    if (typeof reason !== 'string') return reason;
    const outcome = await requestCustomerEscalation(ctx, session, {
      reason,
      ...(fields.level === '3' ? { level: 3 } : {}),
    });
    return { outcome, done: outcome.ok ? `escalated:${outcome.value.expectedResponseBy}` : '' };
  });

  caseForm('/follow/case/outcome-reply', async (session, fields, context) => {
    if (fields.accepted !== 'yes' && fields.accepted !== 'no')
      return { errors: { accepted: context.t('validation.choice') } };
    const comment = (fields.comment ?? '').trim().slice(0, 10_000);
    return {
      outcome: await replyToOutcome(ctx, session, {
        accepted: fields.accepted === 'yes',
        ...(comment ? { comment } : {}),
      }),
      done: 'sent',
    };
  });

  caseForm('/follow/case/conversion', async (session, fields) => {
    const reason = (fields.reason ?? '').trim().slice(0, 5_000);
    return { outcome: await convertOwnInquiry(ctx, session, reason || undefined), done: 'sent' };
  });

  app.post('/follow/case/documents', hidden, async (request, reply) => {
    const session = await customerOf(request);
    if (!session) return reply.redirect('/follow', 303);
    if (!request.isMultipart()) return reply.redirect('/follow/case', 303);
    const context = await page(request, reply);
    const content = await readMultipart(request, ctx);
    const refuse = (error: AppError) => {
      const problem = problemFromAppError(error, context.t);
      const message = problem.errors?.[0]?.message ?? context.t('validation.invalid');
      return renderCase(request, reply, session, { errors: { attachments: message } }, problem.status);
    };
    if (!content.ok) return refuse(content.error);
    if (!sameToken(content.value.fields.get('_csrf') ?? '', session.csrfToken)) {
      for (const file of content.value.files) ctx.files.remove(file.storageKey);
      return reply.redirect('/follow/case', 303);
    }
    const added = await addCustomerDocuments(ctx, session, content.value.files);
    if (!added.ok) return refuse(added.error);
    return reply.redirect('/follow/case?done=sent', 303);
  });

  app.post('/follow/leave', hidden, async (request, reply) => {
    const token = request.cookies[CUSTOMER_COOKIE];
    if (token) await endCustomerSession(ctx, token);
    reply.clearCookie(CUSTOMER_COOKIE, { path: '/' });
    return reply.redirect('/follow?left=1', 303);
  });
}
