import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StaffSession } from '../../app/auth/resume-staff-session.js';
import type { AppContext } from '../../app/context.js';
import { getEligibilityRules, updateEligibilityRules } from '../../app/settings/eligibility.js';
import {
  type EligibilityRule,
  INELIGIBILITY_REASONS,
  type IneligibilityReason,
} from '../../domain/ccts-eligibility.js';
import {
  CATEGORIES,
  type Category,
  CUSTOMER_TYPES,
  type CustomerType,
  SERVICES,
  type Service,
} from '../../domain/complaint.js';
import { may } from '../../domain/permissions.js';
import { sendPage } from '../render.js';
import { consoleKit } from './console-guards.js';
import { EligibilityPage, type EligibilityRow, rowOf } from './pages/eligibility-page.js';

const MAX_ROWS = 200;

function oneOf<T extends string>(values: readonly T[], value: string): T | null | undefined {
  if (value === '') return null;
  return (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The rows of the form in the order the admin gave them (by their order number, then position). */
export function rowsOfForm(fields: Record<string, string>): EligibilityRow[] {
  const rows: { order: number; index: number; row: EligibilityRow }[] = [];
  for (let i = 0; i < MAX_ROWS + 10 && fields[`rule.${i}.outcome`] !== undefined; i++) {
    const order = Number((fields[`rule.${i}.order`] ?? '').trim());
    rows.push({
      order: Number.isFinite(order) && (fields[`rule.${i}.order`] ?? '').trim() !== '' ? order : i + 1,
      index: i,
      row: {
        customerType: fields[`rule.${i}.customerType`] ?? '',
        service: fields[`rule.${i}.service`] ?? '',
        category: fields[`rule.${i}.category`] ?? '',
        outcome: fields[`rule.${i}.outcome`] ?? '',
      },
    });
  }
  return rows.sort((a, b) => a.order - b.order || a.index - b.index).map((r) => r.row);
}

/** The rules the rows describe; rows without an outcome are dropped; undefined if a value is unknown. */
export function rulesOfRows(rows: readonly EligibilityRow[]): EligibilityRule[] | undefined {
  const rules: EligibilityRule[] = [];
  for (const row of rows) {
    if (row.outcome === '') continue;
    const customerType = oneOf<CustomerType>(CUSTOMER_TYPES, row.customerType);
    const service = oneOf<Service>(SERVICES, row.service);
    const category = oneOf<Category>(CATEGORIES, row.category);
    const reason = row.outcome.startsWith('not:')
      ? oneOf<IneligibilityReason>(INELIGIBILITY_REASONS, row.outcome.slice(4))
      : null;
    if (customerType === undefined || service === undefined || category === undefined) return undefined;
    if (reason === undefined || (row.outcome !== 'eligible' && reason === null)) return undefined;
    rules.push({ customerType, service, category, eligible: row.outcome === 'eligible', reason });
  }
  return rules.length > MAX_ROWS ? undefined : rules;
}

/** The CCTS eligibility table in the console (C10), for admins; the API's PUT does the same. */
export async function consoleEligibilityRoutes(
  app: FastifyInstance,
  deps: { ctx: AppContext },
): Promise<void> {
  const { ctx } = deps;
  const { hidden, page, staffOrSignIn, formSession, sendRefusalPage } = consoleKit(ctx);

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    session: StaffSession,
    extra: { rows?: EligibilityRow[]; error?: string; saved?: boolean } = {},
    status = 200,
  ) {
    const context = await page(request, reply);
    if (!may(session.staff.role, 'settings.manage')) {
      return sendRefusalPage(request, reply, session);
    }
    const rows = extra.rows ?? (await getEligibilityRules(ctx)).map(rowOf);
    return sendPage(
      reply,
      <EligibilityPage
        page={context}
        staff={session.staff}
        csrf={session.csrfToken}
        rows={rows}
        {...(extra.error ? { error: extra.error } : {})}
        saved={extra.saved === true}
      />,
      status,
    );
  }

  app.get('/console/admin/eligibility', hidden, async (request, reply) => {
    const session = await staffOrSignIn(request, reply);
    if (!session) return reply;
    return render(request, reply, session, { saved: (request.query as { saved?: string }).saved === '1' });
  });

  app.post('/console/admin/eligibility', hidden, async (request, reply) => {
    const form = await formSession(request, reply);
    if (!form) return reply;
    const { fields, session } = form;
    const rows = rowsOfForm(fields);
    const rules = rulesOfRows(rows);
    if (!rules) {
      const context = await page(request, reply);
      return render(request, reply, session, { rows, error: context.t('console.eligibility.invalid') }, 422);
    }
    const result = await updateEligibilityRules(ctx, session.staff, rules);
    if (!result.ok) return render(request, reply, session, {}, 403);
    return reply.redirect('/console/admin/eligibility?saved=1', 303);
  });
}
