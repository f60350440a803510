import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StaffSession } from '../../app/auth/resume-staff-session.js';
import type { AppContext } from '../../app/context.js';
import type { AppError } from '../../app/errors.js';
import { listPolicies } from '../../app/policies/policies.js';
import {
  type OrganisationSettingsChange,
  updateOrganisation,
} from '../../app/settings/update-organisation.js';
import { createTeam } from '../../app/staff/create-team.js';
import { createStaff, listAllTeams, listStaff, updateStaff } from '../../app/staff/manage-staff.js';
import { isLanguage } from '../../domain/language.js';
import { may } from '../../domain/permissions.js';
import { STAFF_ROLES, type StaffRole } from '../../domain/staff-role.js';
import { inputValidator } from '../../edge/input-validator.js';
import { problemFromAppError } from '../../edge/problem.js';
import { OrganisationSchema } from '../../edge/schemas/organisation.js';
import type { PageContext } from '../components/layout.js';
import { sendPage } from '../render.js';
import { consoleKit } from './console-guards.js';
import { fieldErrors } from './field-errors.js';
import { AdminPage, type AdminPageProps } from './pages/admin-page.js';

const SETTINGS_FIELDS: Record<string, string> = {
  '/responseBusinessDays/complaint': 'complaintDays',
  '/responseBusinessDays/inquiry': 'inquiryDays',
  '/ombudsman/name': 'ombudsmanName',
  '/ombudsman/website': 'ombudsmanWebsite',
  '/ombudsman/phone': 'ombudsmanPhone',
};

function settingsField(pointer: string): string {
  if (pointer.startsWith('/closureDays')) return 'closureDays';
  return SETTINGS_FIELDS[pointer] ?? pointer.slice(1);
}

function number(value: string | undefined): number | string {
  const trimmed = (value ?? '').trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The organisation as the settings form describes it (validated against the API's schema). */
function organisationOf(f: Record<string, string>): Record<string, unknown> {
  return {
    name: (f.name ?? '').trim(),
    complaintsPhone: (f.complaintsPhone ?? '').trim(),
    postalAddress: (f.postalAddress ?? '').trim(),
    website: (f.website ?? '').trim(),
    defaultRegion: f.defaultRegion ?? '',
    trackingPrefix: (f.trackingPrefix ?? '').trim(),
    responseBusinessDays: { complaint: number(f.complaintDays), inquiry: number(f.inquiryDays) },
    ombudsman: {
      name: (f.ombudsmanName ?? '').trim(),
      website: (f.ombudsmanWebsite ?? '').trim(),
      phone: (f.ombudsmanPhone ?? '').trim(),
    },
    closureDays: (f.closureDays ?? '')
      .split(/\s+/)
      .map((d) => d.trim())
      .filter((d) => d.length > 0),
    staffShownToCustomers: f.staffShownToCustomers ?? 'role',
    ...(f.activePolicyId ? { activePolicyId: f.activePolicyId } : {}),
    ...(f.reminderHoursBefore !== undefined ? { reminderHoursBefore: number(f.reminderHoursBefore) } : {}),
    ...(f.automaticProgressNotice ? { automaticProgressNotice: f.automaticProgressNotice === 'true' } : {}),
  };
}

function errorsOf(error: AppError, page: PageContext): Record<string, string> {
  const errors = fieldErrors(error, page);
  if (error.code === 'ALREADY_EXISTS') errors.email = page.t('console.admin.exists');
  return errors;
}

/** Administration in the console: staff accounts, teams, the organisation's settings (admins). */
export async function consoleAdminRoutes(app: FastifyInstance, deps: { ctx: AppContext }): Promise<void> {
  const { ctx } = deps;
  const { hidden, page, staffOrSignIn, formSession, sendRefusalPage } = consoleKit(ctx);
  const inputs = inputValidator();

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    session: StaffSession,
    extra: Partial<AdminPageProps> = {},
    status = 200,
  ) {
    const context = await page(request, reply);
    if (!may(session.staff.role, 'staff.manage')) {
      return sendRefusalPage(request, reply, session);
    }
    const [accounts, teams, policies] = await Promise.all([
      listStaff(ctx, session.staff),
      listAllTeams(ctx, session.staff),
      listPolicies(ctx, session.staff),
    ]);
    return sendPage(
      reply,
      <AdminPage
        page={context}
        staff={session.staff}
        csrf={session.csrfToken}
        accounts={accounts.ok ? accounts.value : []}
        teams={teams.ok ? teams.value : []}
        policies={policies.ok ? policies.value.map((p) => ({ id: p.policyId, name: p.name })) : []}
        organisation={context.organisation}
        {...extra}
      />,
      status,
    );
  }

  app.get('/console/admin', hidden, async (request, reply) => {
    const session = await staffOrSignIn(request, reply);
    if (!session) return reply;
    return render(request, reply, session, { saved: (request.query as { saved?: string }).saved === '1' });
  });

  app.post('/console/admin/staff', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    const { fields, session } = form;
    const context = await page(request, reply);
    const email = (fields.email ?? '').trim();
    const displayName = (fields.displayName ?? '').trim();
    const errors: Record<string, string> = {};
    if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) errors.email = context.t('validation.email');
    if (!displayName || displayName.length > 200) errors.displayName = context.t('validation.required');
    const role = (STAFF_ROLES as readonly string[]).includes(fields.role ?? '')
      ? (fields.role as StaffRole)
      : 'advisor';
    if (Object.keys(errors).length > 0) {
      return render(request, reply, session, { form: { name: 'colleague', values: fields, errors } }, 422);
    }
    const result = await createStaff(ctx, session.staff, {
      email,
      displayName,
      role,
      teamId: fields.teamId?.trim() || null,
      language: isLanguage(fields.language) ? fields.language : 'en',
    });
    if (!result.ok) {
      return render(
        request,
        reply,
        session,
        { form: { name: 'colleague', values: fields, errors: errorsOf(result.error, context) } },
        problemFromAppError(result.error).status,
      );
    }
    return reply.redirect('/console/admin?saved=1', 303);
  });

  app.post('/console/admin/staff/:id', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    const { fields, session } = form;
    const id = (request.params as { id: string }).id;
    if (!/^[0-9a-f-]{36}$/.test(id)) return reply.callNotFound();
    const context = await page(request, reply);
    const result = await updateStaff(ctx, session.staff, id, {
      ...((STAFF_ROLES as readonly string[]).includes(fields.role ?? '')
        ? { role: fields.role as StaffRole }
        : {}),
      teamId: fields.teamId?.trim() || null,
      ...(isLanguage(fields.language) ? { language: fields.language } : {}),
      active: fields.active === 'true',
    });
    if (!result.ok) {
      return render(
        request,
        reply,
        session,
        { form: { name: `staff-${id}`, values: fields, errors: errorsOf(result.error, context) } },
        problemFromAppError(result.error).status,
      );
    }
    return reply.redirect('/console/admin?saved=1', 303);
  });

  app.post('/console/admin/teams', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    const { fields, session } = form;
    const context = await page(request, reply);
    const name = (fields.name ?? '').trim();
    if (!name || name.length > 100) {
      return render(
        request,
        reply,
        session,
        { form: { name: 'team', values: fields, errors: { name: context.t('validation.required') } } },
        422,
      );
    }
    const result = await createTeam(ctx, session.staff, name);
    if (!result.ok) {
      const errors =
        result.error.code === 'ALREADY_EXISTS'
          ? { name: context.t('console.admin.exists') }
          : errorsOf(result.error, context);
      return render(
        request,
        reply,
        session,
        { form: { name: 'team', values: fields, errors } },
        problemFromAppError(result.error).status,
      );
    }
    return reply.redirect('/console/admin?saved=1', 303);
  });

  app.post('/console/admin/settings', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    const { fields, session } = form;
    const context = await page(request, reply);
    const candidate = organisationOf(fields);
    const checked = inputs.check<OrganisationSettingsChange>(OrganisationSchema, candidate, context.t);
    if (!checked.ok) {
      const errors: Record<string, string> = {};
      for (const e of checked.errors) errors[settingsField(e.field)] ??= e.message;
      return render(request, reply, session, { form: { name: 'settings', values: fields, errors } }, 422);
    }
    const result = await updateOrganisation(ctx, session.staff, checked.value);
    if (!result.ok) {
      return render(
        request,
        reply,
        session,
        { form: { name: 'settings', values: fields, errors: errorsOf(result.error, context) } },
        problemFromAppError(result.error).status,
      );
    }
    return reply.redirect('/console/admin?saved=1', 303);
  });
}
