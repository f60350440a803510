import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { completePasswordReset, requestPasswordReset } from '../../app/auth/password-reset.js';
import { signOut, signOutEverywhere } from '../../app/auth/resume-staff-session.js';
import { signIn } from '../../app/auth/sign-in.js';
import { getOrganisation } from '../../app/settings/get-organisation.js';
import { clearStaffCookie, STAFF_COOKIE, setStaffCookie } from '../../edge/session-cookies.js';
import { pageContext } from '../page-context.js';
import { sendPage } from '../render.js';
import { consoleGuards } from './console-guards.js';
import type { ConsoleDependencies } from './console-routes.js';
import { formFields } from './console-session.js';
import { fieldErrors } from './field-errors.js';
import { ChoosePasswordPage, PasswordResetPage, SignInPage } from './pages/sign-in-pages.js';

/** Signing in and out of the console, and choosing a password from an emailed link. */
export async function consoleAuthRoutes(app: FastifyInstance, deps: ConsoleDependencies): Promise<void> {
  const { ctx } = deps;
  const hidden = { schema: { hide: true } };
  const page = async (request: FastifyRequest, reply: FastifyReply) =>
    pageContext(request, reply, await getOrganisation(ctx));
  const { formSession } = consoleGuards(ctx, page);

  // --- Signing in and out, passwords --------------------------------------------------------

  app.get('/console/sign-in', hidden, async (request, reply) => {
    const signedOut = (request.query as { signedOut?: string }).signedOut === '1';
    const context = await page(request, reply);
    return sendPage(
      reply,
      <SignInPage page={context} {...(signedOut ? { notice: context.t('console.signIn.signedOut') } : {})} />,
    );
  });

  app.post('/console/sign-in', hidden, async (request, reply) => {
    const fields = formFields(request);
    const context = await page(request, reply);
    const email = (fields.email ?? '').trim();
    const result = await signIn(ctx, { email, password: fields.password ?? '', clientAddress: request.ip });
    if (!result.ok) {
      const tooMany = result.error.code === 'TOO_MANY_ATTEMPTS';
      if (tooMany && result.error.code === 'TOO_MANY_ATTEMPTS') {
        reply.header('retry-after', String(result.error.retryAfterSeconds));
      }
      const problem =
        result.error.code === 'TOO_MANY_ATTEMPTS'
          ? context.t('console.signIn.tooMany', { minutes: Math.ceil(result.error.retryAfterSeconds / 60) })
          : context.t('console.signIn.failed');
      return sendPage(
        reply,
        <SignInPage page={context} email={email} problem={problem} />,
        tooMany ? 429 : 401,
      );
    }
    setStaffCookie(reply, result.value.sessionToken, result.value.expiresAt, deps.secureCookies);
    return reply.redirect('/console', 303);
  });

  app.post('/console/sign-out', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    await signOut(ctx, request.cookies[STAFF_COOKIE] ?? '');
    clearStaffCookie(reply, deps.secureCookies);
    return reply.redirect('/console/sign-in?signedOut=1', 303);
  });

  app.post('/console/sign-out-everywhere', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    await signOutEverywhere(ctx, form.session.staff.id);
    clearStaffCookie(reply, deps.secureCookies);
    return reply.redirect('/console/sign-in?signedOut=1', 303);
  });

  app.get('/console/password-reset', hidden, async (request, reply) =>
    sendPage(reply, <PasswordResetPage page={await page(request, reply)} sent={false} />),
  );

  app.post('/console/password-reset', hidden, async (request, reply) => {
    const context = await page(request, reply);
    const email = (formFields(request).email ?? '').trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      return sendPage(
        reply,
        <PasswordResetPage page={context} sent={false} problem={context.t('validation.email')} />,
        422,
      );
    }
    const result = await requestPasswordReset(ctx, email, request.ip);
    if (!result.ok && result.error.code === 'TOO_MANY_ATTEMPTS') {
      reply.header('retry-after', String(result.error.retryAfterSeconds));
      return sendPage(
        reply,
        <PasswordResetPage
          page={context}
          sent={false}
          problem={context.t('console.signIn.tooMany', {
            minutes: Math.ceil(result.error.retryAfterSeconds / 60),
          })}
        />,
        429,
      );
    }
    return sendPage(reply, <PasswordResetPage page={context} sent />);
  });

  app.get('/console/password', hidden, async (request, reply) => {
    const token = String((request.query as { token?: unknown }).token ?? '');
    return sendPage(
      reply,
      <ChoosePasswordPage page={await page(request, reply)} token={token} invalid={!token} />,
    );
  });

  app.post('/console/password', hidden, async (request, reply) => {
    const fields = formFields(request);
    const context = await page(request, reply);
    const token = fields.token ?? '';
    const result = await completePasswordReset(ctx, token, fields.password ?? '');
    if (result.ok) return reply.redirect('/console/sign-in?signedOut=1', 303);
    if (result.error.code === 'RESET_LINK_INVALID') {
      return sendPage(reply, <ChoosePasswordPage page={context} token={token} invalid />, 400);
    }
    return sendPage(
      reply,
      <ChoosePasswordPage page={context} token={token} error={fieldErrors(result.error, context).password} />,
      422,
    );
  });
}
