import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getAcknowledgement } from '../app/cases/get-acknowledgement.js';
import { takeInCase } from '../app/cases/take-in-case.js';
import type { AppContext } from '../app/context.js';
import type { AppError } from '../app/errors.js';
import { getOrganisation } from '../app/settings/get-organisation.js';
import { CUSTOMER } from '../domain/actor.js';
import type { CaseKind } from '../domain/case-lifecycle.js';
import { languageOrDefault } from '../domain/language.js';
import { DEFAULT_ORGANISATION } from '../domain/organisation.js';
import { withinFilingLimit } from '../edge/filing-limits.js';
import { inputValidator } from '../edge/input-validator.js';
import { problemFromAppError } from '../edge/problem.js';
import { readMultipart } from '../edge/read-multipart.js';
import { toSubmission } from '../edge/to-submission.js';
import { acknowledgementLetter } from '../notify/acknowledgement-letter.js';
import { acknowledgementText } from '../notify/acknowledgement-text.js';
import { SITE_CSS } from './assets/site-css.js';
import {
  checkFiling,
  type FormErrors,
  type FormValues,
  filingOf,
  formFieldOf,
  formValues,
} from './complaint-form.js';
import type { PageContext } from './components/layout.js';
import { pageContext } from './page-context.js';
import { AcknowledgementPage } from './pages/acknowledgement-page.js';
import { ComplaintFormPage } from './pages/complaint-form-page.js';
import { ComplaintsCodePage } from './pages/complaints-code-page.js';
import { ErrorPage } from './pages/error-page.js';
import { HomePage } from './pages/home-page.js';
import { IndependentResolutionPage } from './pages/independent-resolution-page.js';
import { sendPage } from './render.js';

export interface WebDependencies {
  ctx: AppContext;
  publicUrl: string;
  secureCookies: boolean;
  filingRateLimit: number;
}

/** Which case the browser just filed: a signed cookie, so a refresh shows it again and nobody else sees it. */
const ACKNOWLEDGEMENT_COOKIE = 'redress_ack';

/** The customer pages. Each route reads, calls a use case where needed, and renders. */
export async function webRoutes(app: FastifyInstance, deps: WebDependencies): Promise<void> {
  const { ctx } = deps;
  const hidden = { schema: { hide: true } };
  const inputs = inputValidator();
  const page = async (request: FastifyRequest, reply: FastifyReply) =>
    pageContext(request, reply, await getOrganisation(ctx));

  app.get('/', hidden, async (request, reply) =>
    sendPage(reply, <HomePage page={await page(request, reply)} />),
  );

  app.get('/complaints-code', hidden, async (request, reply) =>
    sendPage(reply, <ComplaintsCodePage page={await page(request, reply)} />),
  );

  app.get('/independent-resolution', hidden, async (request, reply) =>
    sendPage(reply, <IndependentResolutionPage page={await page(request, reply)} />),
  );

  app.get('/complaints/new', hidden, async (request, reply) => {
    const kind: CaseKind = (request.query as { kind?: string }).kind === 'inquiry' ? 'inquiry' : 'complaint';
    return sendPage(
      reply,
      <ComplaintFormPage page={await page(request, reply)} kind={kind} values={{}} errors={{}} />,
    );
  });

  app.post('/complaints', hidden, async (request, reply) => {
    const allowed = await withinFilingLimit(ctx, deps.filingRateLimit, request, reply, async (status) =>
      sendPage(reply, <ErrorPage page={await page(request, reply)} kind="tooMany" />, status),
    );
    if (!allowed) return reply;
    const refuse = (context: PageContext, values: FormValues, errors: FormErrors, status: number) =>
      sendPage(
        reply,
        <ComplaintFormPage
          page={context}
          kind={values.kind === 'inquiry' ? 'inquiry' : 'complaint'}
          values={values}
          errors={errors}
        />,
        status,
      );

    let fields: Map<string, string>;
    let files: Awaited<ReturnType<typeof readMultipart>> | undefined;
    if (request.isMultipart()) {
      files = await readMultipart(request, ctx);
      fields = files.ok ? files.value.fields : new Map();
    } else {
      fields = new Map(
        Object.entries((request.body ?? {}) as Record<string, string>).filter(
          ([, v]) => typeof v === 'string',
        ),
      );
    }
    const language = languageOrDefault(fields.get('language'));
    const context = pageContext(request, reply, await getOrganisation(ctx), language);
    const values = formValues(fields);
    if (files && !files.ok) return refuse(context, values, ...formErrorsOf(files.error, context));

    const attachments = files?.ok ? files.value.files : [];
    const filing = filingOf(values, language);
    const checked = checkFiling(inputs, filing, values, context.t);
    if (!checked.ok) {
      for (const file of attachments) ctx.files.remove(file.storageKey);
      return refuse(context, values, checked.errors, 422);
    }
    const result = await takeInCase(ctx, { ...toSubmission(checked.filing, 'web'), attachments }, CUSTOMER);
    if (!result.ok) return refuse(context, values, ...formErrorsOf(result.error, context));

    reply.setCookie(ACKNOWLEDGEMENT_COOKIE, result.value.trackingNumber, {
      path: '/complaints',
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.secureCookies,
      signed: true,
      maxAge: 3600,
    });
    return reply.redirect('/complaints/acknowledgement', 303);
  });

  app.get('/complaints/acknowledgement', hidden, async (request, reply) => {
    const ack = await acknowledgementOfBrowser(ctx, request);
    if (!ack) return reply.redirect('/', 303);
    const organisation = await getOrganisation(ctx);
    const context = pageContext(request, reply, organisation, ack.language);
    const text = acknowledgementText(
      { ...ack, language: context.language },
      organisation,
      `${deps.publicUrl}/follow`,
    );
    return sendPage(
      reply,
      <AcknowledgementPage page={context} trackingNumber={ack.trackingNumber} text={text} />,
    );
  });

  app.get('/complaints/acknowledgement.pdf', hidden, async (request, reply) => {
    const ack = await acknowledgementOfBrowser(ctx, request);
    if (!ack) return reply.redirect('/', 303);
    const organisation = await getOrganisation(ctx);
    const pdf = await acknowledgementLetter(ack, organisation, `${deps.publicUrl}/follow`, {
      printedAt: ctx.clock(),
    });
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${ack.trackingNumber}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });

  app.get('/assets/site.css', hidden, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(SITE_CSS),
  );
}

/** The case this browser just filed, from the signed cookie set after filing. */
async function acknowledgementOfBrowser(ctx: AppContext, request: FastifyRequest) {
  const raw = request.cookies[ACKNOWLEDGEMENT_COOKIE];
  const unsigned = raw ? request.unsignCookie(raw) : undefined;
  return unsigned?.valid && unsigned.value ? getAcknowledgement(ctx, unsigned.value) : undefined;
}

/** A use case's refusal as errors next to the form's fields, with the status the API would give. */
function formErrorsOf(error: AppError, context: PageContext): [FormErrors, number] {
  const problem = problemFromAppError(error, context.t);
  const errors: FormErrors = {};
  for (const fieldError of problem.errors ?? []) {
    const field = formFieldOf(fieldError.field);
    if (field) errors[field] ??= fieldError.message;
  }
  return [errors, problem.status];
}

export function errorPageRenderer(deps: { ctx: AppContext }) {
  return async (
    request: FastifyRequest,
    reply: FastifyReply,
    kind: 'notFound' | 'generic' | 'unavailable',
    status: number,
  ) => {
    let organisation: Awaited<ReturnType<typeof getOrganisation>> | undefined;
    try {
      organisation = await getOrganisation(deps.ctx);
    } catch {
      organisation = undefined; // the database may be why we are here
    }
    const context = pageContext(request, reply, organisation ?? DEFAULT_ORGANISATION);
    return sendPage(reply, <ErrorPage page={context} kind={kind} />, status);
  };
}
