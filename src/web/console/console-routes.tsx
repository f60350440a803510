import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Static, TObject } from 'typebox';
import type { StaffSession } from '../../app/auth/resume-staff-session.js';
import type { CaseCommand } from '../../app/case-commands/case-command.js';
import { CASE_COMMANDS, isCaseCommandName } from '../../app/case-commands/case-command-table.js';
import { mayRun, runCaseCommand } from '../../app/case-commands/run-case-command.js';
import { recordCase } from '../../app/cases/record-case.js';
import { getCaseFile, type TimelineEntry } from '../../app/casework/case-file.js';
import {
  type CaseListRequest,
  listCases,
  QUEUE_VIEWS,
  type QueueView,
} from '../../app/casework/list-cases.js';
import { revealCustomer } from '../../app/casework/reveal-customer.js';
import { customerMessageOf } from '../../app/casework/send-message.js';
import type { AppContext } from '../../app/context.js';
import { getOrganisation } from '../../app/settings/get-organisation.js';
import { listStaff } from '../../app/staff/manage-staff.js';
import { localDateIn, timeZoneOf } from '../../domain/business-calendar.js';
import { isCustomerVisible } from '../../domain/case-events.js';
import { CASE_KINDS, CASE_STATUSES } from '../../domain/case-lifecycle.js';
import { INTAKE_CHANNELS } from '../../domain/channel.js';
import { CATEGORIES, CUSTOMER_TYPES, URGENT_REASONS } from '../../domain/complaint.js';
import { isLanguage, languageOrDefault } from '../../domain/language.js';
import { parseTrackingNumber } from '../../domain/tracking-number.js';
import { formInput } from '../../edge/form-input.js';
import { inputValidator } from '../../edge/input-validator.js';
import { problemFromAppError } from '../../edge/problem.js';
import { toSubmission } from '../../edge/to-submission.js';
import { customerMessageWords } from '../../notify/customer-message-text.js';
import { checkFiling, filingOf, formValues } from '../complaint-form.js';
import { pageContext } from '../page-context.js';
import { sendPage } from '../render.js';
import { consoleGuards } from './console-guards.js';
import { ConsoleLayout } from './console-layout.js';
import { byFormField, fieldErrors } from './field-errors.js';
import { CasePage, type CasePageProps } from './pages/case-page.js';
import { NewCasePage, STAFF_CHANNELS } from './pages/new-case-page.js';
import { QueuePage } from './pages/queue-page.js';

export interface ConsoleDependencies {
  ctx: AppContext;
  publicUrl: string;
  secureCookies: boolean;
}

const hidden = { schema: { hide: true } };

function pick<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/**
 * The staff console: server-rendered pages over the same use cases as the API. Every form works
 * without JavaScript and carries the session's CSRF token; every change carries the version the
 * page showed, so a stale page gets the other person's changes instead of overwriting them.
 */
export async function consoleRoutes(app: FastifyInstance, deps: ConsoleDependencies): Promise<void> {
  const { ctx } = deps;
  const page = async (request: FastifyRequest, reply: FastifyReply) =>
    pageContext(request, reply, await getOrganisation(ctx));

  const { staffOrSignIn, formSession } = consoleGuards(ctx, page);
  const inputs = inputValidator();

  // --- The queue ------------------------------------------------------------------------------

  app.get('/console', hidden, async (request, reply) => {
    const session = await staffOrSignIn(request, reply);
    if (!session) return reply;
    const context = await page(request, reply);
    const query = request.query as Record<string, string | undefined>;
    const view: QueueView = pick(QUEUE_VIEWS, query.view) ?? 'all';
    const level = pick(['1', '2', '3'] as const, query.escalationLevel);
    const filters: CaseListRequest = {
      view,
      ...(query.q?.trim() ? { q: query.q.trim().slice(0, 200) } : {}),
      ...(pick(CASE_STATUSES, query.status) ? { status: pick(CASE_STATUSES, query.status) } : {}),
      ...(pick(CASE_KINDS, query.kind) ? { kind: pick(CASE_KINDS, query.kind) } : {}),
      ...(pick(CATEGORIES, query.category) ? { category: pick(CATEGORIES, query.category) } : {}),
      ...(pick(INTAKE_CHANNELS, query.channel) ? { channel: pick(INTAKE_CHANNELS, query.channel) } : {}),
      ...(isLanguage(query.language) ? { language: query.language } : {}),
      ...(pick(CUSTOMER_TYPES, query.customerType)
        ? { customerType: pick(CUSTOMER_TYPES, query.customerType) }
        : {}),
      ...(level ? { escalationLevel: Number(level) as 1 | 2 | 3 } : {}),
      ...(query.overdue === 'true' ? { overdue: true } : {}),
      ...(query.dueSoon === 'true' ? { dueSoon: true } : {}),
      limit: 50,
    };
    let list = await listCases(ctx, session.staff, {
      ...filters,
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
    if (!list.ok) list = await listCases(ctx, session.staff, filters); // a stale or broken cursor: first page
    if (!list.ok) return reply.redirect('/console', 303);
    const params = new URLSearchParams(
      Object.entries(query).filter(
        (e): e is [string, string] =>
          typeof e[1] === 'string' && e[1] !== '' && e[0] !== 'cursor' && e[0] !== 'lang',
      ),
    );
    const organisation = context.organisation;
    const today = localDateIn(ctx.clock(), timeZoneOf({ country: 'CA', region: organisation.defaultRegion }));
    return sendPage(
      reply,
      <QueuePage
        page={context}
        staff={session.staff}
        csrf={session.csrfToken}
        view={view}
        filters={filters}
        list={list.value}
        today={today}
        query={query.cursor ? new URLSearchParams([...params, ['cursor', '']]) : params}
      />,
    );
  });

  // --- Recording a case ---------------------------------------------------------------------

  app.get('/console/cases/new', hidden, async (request, reply) => {
    const session = await staffOrSignIn(request, reply);
    if (!session) return reply;
    return sendPage(
      reply,
      <NewCasePage
        page={await page(request, reply)}
        staff={session.staff}
        csrf={session.csrfToken}
        values={{}}
        errors={{}}
      />,
    );
  });

  app.post('/console/cases/new', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    const context = await page(request, reply);
    const { fields, session } = form;
    const refuse = (errors: Record<string, string>, status: number) =>
      sendPage(
        reply,
        <NewCasePage
          page={context}
          staff={session.staff}
          csrf={session.csrfToken}
          values={fields}
          errors={errors}
        />,
        status,
      );
    const values = formValues(new Map(Object.entries(fields)));
    const language = languageOrDefault(fields.caseLanguage);
    const checked = checkFiling(inputs, filingOf(values, language), values, context.t);
    const errors: Record<string, string> = checked.ok ? {} : { ...checked.errors };
    const channel = pick(STAFF_CHANNELS, fields.channel);
    if (!channel) errors.channel = context.t('validation.choice');
    const receivedOn = fields.receivedAt?.trim();
    if (receivedOn && !/^\d{4}-\d{2}-\d{2}$/.test(receivedOn))
      errors.receivedAt = context.t('validation.invalid');
    if (!checked.ok || !channel || Object.keys(errors).length > 0) return refuse(errors, 422);
    const summary = fields.firstContactSummary?.trim();
    const urgentReason = pick(URGENT_REASONS, fields.urgentReason);
    const result = await recordCase(ctx, session.staff, {
      ...toSubmission(checked.filing, channel),
      kind: fields.kind === 'inquiry' ? 'inquiry' : 'complaint',
      ...(urgentReason ? { urgentReason } : {}),
      // A day without a time: noon UTC is still that day in every Canadian time zone.
      ...(receivedOn ? { receivedAt: new Date(`${receivedOn}T12:00:00Z`) } : {}),
      ...(summary ? { resolvedAtFirstContact: { summary: summary.slice(0, 5000) } } : {}),
    });
    if (!result.ok) {
      const byField = fieldErrors(result.error, context);
      return refuse(
        Object.keys(byField).length > 0 ? byField : { description: context.t('console.case.refused') },
        problemFromAppError(result.error).status,
      );
    }
    return reply.redirect(`/console/cases/${result.value.trackingNumber}?saved=1`, 303);
  });

  // --- The case page --------------------------------------------------------------------------

  async function renderCase(
    request: FastifyRequest,
    reply: FastifyReply,
    session: StaffSession,
    trackingNumber: string,
    extra: Partial<CasePageProps> = {},
    status = 200,
  ) {
    const context = await page(request, reply);
    // Unmasked only after this person's own passed check, and the view is recorded (C4): first,
    // so that the timeline below shows it.
    const customer = await revealCustomer(ctx, session.staff, trackingNumber, 'console');
    const file = await getCaseFile(ctx, session.staff, trackingNumber);
    if (!file.ok) {
      const message =
        file.error.code === 'FORBIDDEN'
          ? context.t('console.case.forbidden')
          : context.t('console.case.notFound');
      return sendPage(
        reply,
        <ConsoleLayout page={context} title={message} staff={session.staff} csrf={session.csrfToken}>
          <h1>{message}</h1>
          <p>
            <a href="/console">{context.t('console.nav.queue')}</a>
          </p>
        </ConsoleLayout>,
        file.error.code === 'FORBIDDEN' ? 403 : 404,
      );
    }
    const colleagues = file.value.actions.includes('assign')
      ? await listStaff(ctx, session.staff)
      : undefined;
    return sendPage(
      reply,
      <CasePage
        page={context}
        staff={session.staff}
        csrf={session.csrfToken}
        file={file.value}
        {...(customer.ok ? { customer: customer.value } : {})}
        colleagues={colleagues?.ok ? colleagues.value.filter((c) => c.active) : []}
        timeZone={file.value.calendar.timeZone}
        {...extra}
      />,
      status,
    );
  }

  app.get('/console/cases/:trackingNumber', hidden, async (request, reply) => {
    const session = await staffOrSignIn(request, reply);
    if (!session) return reply;
    const parsed = parseTrackingNumber((request.params as { trackingNumber: string }).trackingNumber);
    if (!parsed.ok) return renderCase(request, reply, session, 'RDX-0000-0000');
    const context = await page(request, reply);
    const saved = (request.query as { saved?: string; letter?: string }).saved === '1';
    const letter = Number((request.query as { letter?: string }).letter);
    return renderCase(request, reply, session, parsed.value, {
      ...(saved ? { notice: { kind: 'saved' as const, text: context.t('console.case.saved') } } : {}),
      ...(Number.isInteger(letter) && letter > 0 ? { letterEventId: letter } : {}),
    });
  });

  app.post('/console/cases/:trackingNumber/:action', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    const { session, fields } = form;
    const params = request.params as { trackingNumber: string; action: string };
    const parsed = parseTrackingNumber(params.trackingNumber);
    if (!parsed.ok || !isCaseCommandName(params.action)) return reply.callNotFound();
    const command: CaseCommand<TObject, unknown> = CASE_COMMANDS[params.action];
    const trackingNumber = parsed.value;
    const context = await page(request, reply);
    const values = Object.fromEntries(
      Object.entries(fields).filter(([name]) => name !== '_csrf' && name !== 'version'),
    );
    const sendBack = (errors: Record<string, string>, notice: CasePageProps['notice'], status: number) =>
      renderCase(
        request,
        reply,
        session,
        trackingNumber,
        { form: { action: params.action, values, errors }, ...(notice ? { notice } : {}) },
        status,
      );
    // As on the API: who may not take this step learns nothing from its fields.
    if (!mayRun(session.staff, command)) {
      return sendBack({}, { kind: 'problem', text: context.t('problem.forbidden') }, 403);
    }
    const input = inputs.check(command.input, formInput(command.input, fields), context.t);
    if (!input.ok) {
      return sendBack(
        byFormField(input.errors),
        { kind: 'problem', text: context.t('problem.validation_failed') },
        422,
      );
    }

    if (params.action === 'send_message' && fields.intent === 'preview') {
      // The exact words, in the customer's language; nothing is sent.
      const file = await getCaseFile(ctx, session.staff, trackingNumber);
      if (!file.ok) return renderCase(request, reply, session, trackingNumber);
      const preview = customerMessageWords(
        customerMessageOf(input.value as Static<typeof CASE_COMMANDS.send_message.input>),
        {
          language: file.value.language,
          customerName: file.value.customer.name,
          trackingNumber,
          organisation: context.organisation,
          followUrl: `${deps.publicUrl}/follow`,
        },
      );
      return renderCase(request, reply, session, trackingNumber, {
        preview,
        form: { action: params.action, values, errors: {} },
      });
    }

    const version = fields.version?.trim() ? Number(fields.version) : undefined;
    const result = await runCaseCommand(
      ctx,
      session.staff,
      command,
      { trackingNumber, expectedVersion: version },
      input.value,
      'console',
    );
    if (result.ok) {
      const letter = await letterToPrint(params.action, fields, session, trackingNumber);
      return reply.redirect(
        `/console/cases/${trackingNumber}?saved=1${letter ? `&letter=${letter}` : ''}`,
        303,
      );
    }
    // The same words as the API's problem: its title, and its detail where it has one.
    const error = result.error;
    const problem = problemFromAppError(error, context.t);
    const eventsSince: TimelineEntry[] | undefined =
      error.code === 'VERSION_CONFLICT'
        ? error.eventsSince.map((e) => ({
            ...e,
            actorName: null,
            customerVisible: isCustomerVisible(e.type),
          }))
        : undefined;
    return sendBack(
      fieldErrors(error, context),
      {
        kind: eventsSince ? 'conflict' : 'problem',
        text: problem.title,
        ...(problem.detail ? { detail: problem.detail } : {}),
        ...(eventsSince ? { eventsSince } : {}),
      },
      problem.status,
    );
  });

  /** After a message went by post, the page offers its letter to print. */
  async function letterToPrint(
    action: string,
    fields: Record<string, string>,
    session: StaffSession,
    trackingNumber: string,
  ): Promise<number | undefined> {
    if (
      ![
        'send_message',
        'give_outcome',
        'give_final_response',
        'record_remedy',
        'request_escalation',
      ].includes(action)
    ) {
      return undefined;
    }
    const file = await getCaseFile(ctx, session.staff, trackingNumber);
    if (!file.ok) return undefined;
    const last = [...file.value.timeline].reverse().find((e) => e.type === 'message_sent');
    return last && last.data.medium === 'letter' && fields._csrf ? last.id : undefined;
  }
}
