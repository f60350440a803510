import { isCustomerVisible } from '../../domain/case-events.js';
import type { CaseKind, CaseStatus, EscalationLevel } from '../../domain/case-lifecycle.js';
import { applyLifecycleCommand } from '../../domain/case-lifecycle.js';
import { cctsEligibility, type Eligibility } from '../../domain/ccts-eligibility.js';
import { type ProcedureStep, procedureSteps } from '../../domain/complaint.js';
import type { CustomerMessage } from '../../domain/customer-message.js';
import { firstNameOf } from '../../domain/personal-data.js';
import type { StaffRole } from '../../domain/staff-role.js';
import { caseState, findCaseById, timelineOfCase } from '../../store/case-store.js';
import { eligibilityRules } from '../../store/eligibility-store.js';
import { messagesOfCase } from '../../store/message-store.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { getOrganisation } from '../settings/get-organisation.js';
import type { CustomerSession } from './customer-access.js';

/** One entry of the customer's timeline: what happened, when, and who at the provider (by role). */
export interface CustomerTimelineEntry {
  id: number;
  type: string;
  occurredAt: string;
  /** `you` for the customer's own steps; otherwise `us`, with the staff member's role only. */
  by: 'you' | 'us';
  role: StaffRole | null;
  /** The staff member's first name, only when the organisation chose to show it (a setting). */
  firstName: string | null;
  text: string | null;
  message: CustomerMessage | null;
  level: number | null;
  expectedResponseBy: string | null;
  /** The email this step sent the customer, or that they sent, exactly as stored (issue 16). */
  email: { subject: string | null; text: string | null } | null;
}

export interface CustomerCaseView {
  trackingNumber: string;
  kind: CaseKind;
  status: CaseStatus;
  escalationLevel: EscalationLevel;
  expectedResponseBy: string | null;
  procedure: ProcedureStep[];
  timeline: CustomerTimelineEntry[];
  /** What the customer can do now. */
  can: { escalate: boolean; replyToOutcome: boolean; convertToComplaint: boolean; sendMessage: boolean };
  /** C10: shown when the case is at level 2 or above, after a final response, or an outcome not accepted. */
  ombudsman: { name: string; website: string; phone: string; eligibility: Eligibility } | null;
}

const TEXT_FIELDS = ['text', 'summary', 'customerWords', 'reason'] as const;

/** The customer's own view of their case: never internal notes, never staff names beyond a first name when the organisation shows it (C7, C8). */
export async function getCustomerCase(
  ctx: AppContext,
  session: CustomerSession,
): Promise<Outcome<CustomerCaseView>> {
  const row = await findCaseById(ctx.db, session.caseId);
  if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
  const [events, messages] = await Promise.all([
    timelineOfCase(ctx.db, row.id),
    messagesOfCase(ctx.db, row.id),
  ]);
  // Only what went to the customer or came in on their case: never the staff's own alerts.
  const customerAddress = row.customerEmail?.toLowerCase();
  const emailOfEvent = new Map(
    messages.flatMap((m) =>
      m.eventId !== null && (m.direction === 'in' || m.to.toLowerCase() === customerAddress)
        ? [[m.eventId, { subject: m.subject, text: m.text }] as const]
        : [],
    ),
  );
  const organisation = await getOrganisation(ctx);
  const roles = new Map<string, StaffRole>();
  for (const e of events) if (e.actorId && e.actorRole) roles.set(e.actorId, e.actorRole);
  const showFirstName = organisation.staffShownToCustomers === 'first_name';
  const timeline = events
    .filter((e) => isCustomerVisible(e.type))
    .map((e): CustomerTimelineEntry => {
      const text = TEXT_FIELDS.map((f) => e.data[f]).find(
        (v): v is string => typeof v === 'string' && v !== '',
      );
      return {
        id: Number(e.id),
        type: e.type,
        occurredAt: e.occurredAt.toISOString(),
        by: e.actorType === 'customer' ? 'you' : 'us',
        role: e.actorId ? (roles.get(e.actorId) ?? null) : null,
        firstName: showFirstName && e.actorType === 'staff' && e.actorName ? firstNameOf(e.actorName) : null,
        text: text ?? null,
        message: e.type === 'message_sent' ? ((e.data.message as CustomerMessage | undefined) ?? null) : null,
        level: typeof e.data.toLevel === 'number' ? e.data.toLevel : null,
        expectedResponseBy: typeof e.data.expectedResponseBy === 'string' ? e.data.expectedResponseBy : null,
        email: emailOfEvent.get(Number(e.id)) ?? null,
      };
    });
  const state = caseState(row);
  // C10: shown once a message told the customer of the ombudsman (the moments are the policy's).
  const showOmbudsman =
    row.kind === 'complaint' &&
    (row.ombudsmanNoticeSentAt !== null || row.status === 'referred_to_ombudsman');
  return success({
    trackingNumber: row.trackingNumber,
    kind: row.kind,
    status: row.status,
    escalationLevel: row.escalationLevel,
    expectedResponseBy: row.expectedResponseBy,
    procedure: [...procedureSteps(row.kind)],
    timeline,
    can: {
      escalate: applyLifecycleCommand(state, { type: 'request_escalation' }).ok,
      replyToOutcome: applyLifecycleCommand(state, { type: 'accept_outcome' }).ok,
      convertToComplaint: applyLifecycleCommand(state, { type: 'convert_to_complaint' }).ok,
      sendMessage: row.status !== 'closed',
    },
    ombudsman: showOmbudsman
      ? {
          ...organisation.ombudsman,
          eligibility: cctsEligibility(await eligibilityRules(ctx.db), {
            customerType: row.customerType,
            service: row.service,
            category: row.category,
          }),
        }
      : null,
  });
}
