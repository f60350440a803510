import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StaffSession } from '../../app/auth/resume-staff-session.js';
import type { AppContext } from '../../app/context.js';
import { addPolicyVersion, getPolicy, listPolicies } from '../../app/policies/policies.js';
import { getOrganisation } from '../../app/settings/get-organisation.js';
import { may } from '../../domain/permissions.js';
import { DURATION_UNITS, type Duration, type DurationUnit, type PolicyRules } from '../../domain/policy.js';
import { problemFromAppError } from '../../edge/problem.js';
import type { PageContext } from '../components/layout.js';
import { sendPage } from '../render.js';
import { consoleKit } from './console-guards.js';
import { EDITABLE_TIMES, type EditableTime, PolicyPage } from './pages/policy-page.js';

/** The durations the form describes, or the fields that are not whole numbers of days. */
function durationsOf(
  fields: Record<string, string>,
  page: PageContext,
): { times: Record<EditableTime, Duration | null>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const times = {} as Record<EditableTime, Duration | null>;
  for (const name of EDITABLE_TIMES) {
    const raw = (fields[`${name}.amount`] ?? '').trim();
    const unit = (DURATION_UNITS as readonly string[]).includes(fields[`${name}.unit`] ?? '')
      ? (fields[`${name}.unit`] as DurationUnit)
      : 'business_days';
    const optional = name === 'finalResponseCap' || name === 'urgentInvestigation';
    if (raw === '' && optional) times[name] = null;
    else if (/^\d{1,3}$/.test(raw) && Number(raw) <= 365) times[name] = { amount: Number(raw), unit };
    else errors[`${name}.amount`] = page.t('validation.invalid');
  }
  return { times, errors };
}

function withTimes(rules: PolicyRules, times: Record<EditableTime, Duration | null>): PolicyRules {
  const urgentTimes = { ...rules.urgent.times };
  if (times.urgentInvestigation) urgentTimes.investigation = times.urgentInvestigation;
  else delete urgentTimes.investigation;
  return {
    ...rules,
    times: {
      ...rules.times,
      investigation: times.investigation ?? rules.times.investigation,
      updateInterval: times.updateInterval ?? rules.times.updateInterval,
      escalationLevel2: times.escalationLevel2 ?? rules.times.escalationLevel2,
      escalationLevel3: times.escalationLevel3 ?? rules.times.escalationLevel3,
      finalResponseCap: times.finalResponseCap,
    },
    urgent: { ...rules.urgent, times: urgentTimes },
  };
}

/** C6 in the console: read a policy and adjust its times (admins); each save is a version. */
export async function consolePolicyRoutes(app: FastifyInstance, deps: { ctx: AppContext }): Promise<void> {
  const { ctx } = deps;
  const { hidden, page, staffOrSignIn, formSession, sendRefusalPage } = consoleKit(ctx);

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    session: StaffSession,
    id: string,
    extra: {
      form?: { values: Record<string, string>; errors: Record<string, string> };
      saved?: boolean;
    } = {},
    status = 200,
  ) {
    const context = await page(request, reply);
    const [all, chosen] = await Promise.all([
      listPolicies(ctx, session.staff),
      getPolicy(ctx, session.staff, id),
    ]);
    if (!may(session.staff.role, 'settings.manage') || !all.ok)
      return sendRefusalPage(request, reply, session);
    if (!chosen.ok)
      return sendRefusalPage(request, reply, session, chosen.error.code === 'NOT_FOUND' ? 404 : 403);
    return sendPage(
      reply,
      <PolicyPage
        page={context}
        staff={session.staff}
        csrf={session.csrfToken}
        policies={all.value.map((p) => ({ id: p.policyId, name: p.name, active: p.active }))}
        policy={chosen.value}
        {...(extra.form ? { form: extra.form } : {})}
        saved={extra.saved === true}
      />,
      status,
    );
  }

  app.get('/console/admin/policies', hidden, async (request, reply) => {
    const session = await staffOrSignIn(request, reply);
    if (!session) return reply;
    const query = request.query as { id?: string; saved?: string };
    const id = /^[a-z0-9][a-z0-9-]{1,39}$/.test(query.id ?? '')
      ? (query.id as string)
      : (await getOrganisation(ctx)).activePolicyId;
    return render(request, reply, session, id, { saved: query.saved === '1' });
  });

  app.post('/console/admin/policies/:id', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    const { fields, session } = form;
    const id = (request.params as { id: string }).id;
    if (!/^[a-z0-9][a-z0-9-]{1,39}$/.test(id)) return reply.callNotFound();
    const context = await page(request, reply);
    const { times, errors } = durationsOf(fields, context);
    const note = (fields.note ?? '').trim();
    if (!note || note.length > 2000) errors.note = context.t('validation.required');
    if (Object.keys(errors).length > 0)
      return render(request, reply, session, id, { form: { values: fields, errors } }, 422);
    const current = await getPolicy(ctx, session.staff, id);
    if (!current.ok)
      return render(request, reply, session, id, {}, problemFromAppError(current.error).status);
    const saved = await addPolicyVersion(ctx, session.staff, id, {
      rules: withTimes(current.value.rules, times),
      note,
    });
    if (!saved.ok) {
      const problem = problemFromAppError(saved.error);
      const shown: Record<string, string> = {};
      if (saved.error.code === 'INVALID_INPUT')
        for (const f of saved.error.fields)
          shown[f.field.endsWith('finalResponseCap') ? 'finalResponseCap.amount' : 'note'] =
            context.t('validation.invalid');
      return render(request, reply, session, id, { form: { values: fields, errors: shown } }, problem.status);
    }
    return reply.redirect(`/console/admin/policies?id=${id}&saved=1`, 303);
  });
}
