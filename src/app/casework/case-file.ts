import { timeZoneOf } from '../../domain/business-calendar.js';
import type { Case } from '../../domain/case.js';
import { availableActions, type CaseAction } from '../../domain/case-actions.js';
import { isCustomerVisible } from '../../domain/case-events.js';
import type { CaseKind, CaseStatus, EscalationLevel } from '../../domain/case-lifecycle.js';
import { WATCHED_STATUSES } from '../../domain/commitment-watch.js';
import type { Category, CustomerType, PreferredContact, Service } from '../../domain/complaint.js';
import type { Language } from '../../domain/language.js';
import { maySeeCase } from '../../domain/permissions.js';
import { type CustomerDetails, maskCustomerDetails } from '../../domain/personal-data.js';
import type { CanadianRegion } from '../../domain/region.js';
import type { StoredMessage } from '../../domain/stored-message.js';
import { attachmentsOfCase } from '../../store/attachment-store.js';
import { caseState, findCase, timelineOfCase } from '../../store/case-store.js';
import { openDelayTask } from '../../store/commitment-store.js';
import { messagesOfCase } from '../../store/message-store.js';
import { referencesOfCase } from '../../store/reference-store.js';
import { findStaffById, findTeamById } from '../../store/staff-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { calendarOfCase } from '../cases/case-calendar.js';
import { caseAssignment } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { type CaseEventView, failure, type Outcome, success } from '../errors.js';
import { getOrganisation } from '../settings/get-organisation.js';
import { withMaskedAddresses } from './case-messages.js';
import { identityStatus } from './identity-checks.js';

export const NOTHING_DUE = '9999-12-31';

export interface TimelineEntry extends CaseEventView {
  actorName: string | null;
  /** Whether the customer sees this entry on their own timeline. */
  customerVisible: boolean;
  /** The message this event sent or received, as stored (issue 16). */
  message?: TimelineMessage;
}

export type TimelineMessage = Pick<
  StoredMessage,
  'id' | 'direction' | 'medium' | 'from' | 'to' | 'subject' | 'text' | 'status' | 'sha256'
>;

function timelineMessage(m: StoredMessage): TimelineMessage {
  const { id, direction, medium, from, to, subject, text, status, sha256 } = m;
  return { id, direction, medium, from, to, subject, text, status, sha256 };
}

/** A case as the console shows it: personal data masked until an identity check passes (C4). */
export interface CaseFile {
  trackingNumber: string;
  version: number;
  kind: CaseKind;
  status: CaseStatus;
  escalationLevel: EscalationLevel;
  remedyPromised: boolean;
  channel: string;
  language: Language;
  /** ISO date-times: this is a read model, handed out as it is. */
  receivedAt: string;
  recordedAt: string;
  acknowledgedAt: string | null;
  expectedResponseBy: string | null;
  nextUpdateBy: string | null;
  dueOn: string | null;
  owner: { id: string; displayName: string } | null;
  team: { id: string; name: string } | null;
  customer: CustomerDetails & {
    masked: boolean;
    type: CustomerType | null;
    region: CanadianRegion | null;
    preferredContact: PreferredContact | null;
  };
  identityVerifiedUntil: string | null;
  service: Service | null;
  category: Category | null;
  description: string | null;
  history: string | null;
  desiredOutcome: string | null;
  /** Earlier cases the customer named (C3); `trackingNumber` where the case exists here. */
  references: { reference: string; trackingNumber: string | null }[];
  attachments: { id: string; fileName: string; mediaType: string; sizeBytes: number }[];
  timeline: TimelineEntry[];
  actions: CaseAction[];
  /** C8: the expected date whose delay notice (or outcome) the owner owes now, if any. */
  delayNoticeDue: string | null;
  /** C10: when the customer was first told of the ombudsman (ISO date-time). */
  ombudsmanNoticeSentAt: string | null;
  /** C6: the policy version the case's promises were made under. */
  policy: { id: string; version: number } | null;
  /** C6: the calendar its dates follow, and that calendar's time zone. */
  calendar: { country: string; region: string; timeZone: string };
  /** Why it cannot wait, if urgent. */
  urgentReason: string | null;
}

/** Reads a case one may see, with its whole timeline (customer-visible and internal). */
export async function getCaseFile(
  ctx: AppContext,
  staff: StaffMember,
  trackingNumber: string,
): Promise<Outcome<CaseFile>> {
  const row = await findCase(ctx.db, trackingNumber);
  if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
  if (!maySeeCase(staff, caseAssignment(row))) return failure({ code: 'FORBIDDEN' });
  const [events, references, attachments, identity, owner, team, task, messages] = await Promise.all([
    timelineOfCase(ctx.db, row.id),
    referencesOfCase(ctx.db, row.id),
    attachmentsOfCase(ctx.db, row.id),
    identityStatus(ctx, staff, row.id),
    row.ownerId ? findStaffById(ctx.db, row.ownerId) : undefined,
    row.teamId ? findTeamById(ctx.db, row.teamId) : undefined,
    openDelayTask(ctx.db, row.id),
    messagesOfCase(ctx.db, row.id),
  ]);
  const messageOfEvent = new Map(
    messages.flatMap((m) => (m.eventId === null ? [] : [[m.eventId, m] as const])),
  );
  const calendar = calendarOfCase(row, await getOrganisation(ctx));
  return success({
    ...caseSummaryFields(row),
    owner: owner ? { id: owner.id, displayName: owner.displayName } : null,
    team: team ? { id: team.id, name: team.name } : null,
    customer: {
      ...maskCustomerDetails({
        name: row.customerName ?? '',
        email: row.customerEmail,
        phone: row.customerPhone,
        postalAddress: row.customerPostalAddress,
        accountNumber: row.customerAccountNumber,
      }),
      masked: true,
      type: row.customerType,
      region: row.customerRegion,
      preferredContact: row.preferredContact,
    },
    identityVerifiedUntil: identity.verifiedUntil?.toISOString() ?? null,
    service: row.service,
    category: row.category,
    description: row.description,
    history: row.history,
    desiredOutcome: row.desiredOutcome,
    references: references.map((r) => ({ reference: r.reference, trackingNumber: r.trackingNumber })),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
    })),
    timeline: events.map((e) => {
      const message = messageOfEvent.get(Number(e.id));
      return {
        id: Number(e.id),
        caseVersion: e.caseVersion,
        type: e.type,
        actor: { type: e.actorType, id: e.actorId },
        actorName: e.actorName,
        channel: e.channel,
        occurredAt: e.occurredAt.toISOString(),
        data: e.data,
        customerVisible: isCustomerVisible(e.type),
        ...(message ? { message: withMaskedAddresses(ctx, timelineMessage(message)) } : {}),
      };
    }),
    actions: availableActions(staff, caseState(row), row.ownerId),
    delayNoticeDue:
      task && WATCHED_STATUSES.includes(row.status) && task.dueOn === row.expectedResponseBy
        ? task.dueOn
        : null,
    ombudsmanNoticeSentAt: row.ombudsmanNoticeSentAt?.toISOString() ?? null,
    policy: row.policyId && row.policyVersion ? { id: row.policyId, version: row.policyVersion } : null,
    calendar: { ...calendar, timeZone: timeZoneOf(calendar) },
    urgentReason: row.urgentReason,
  });
}

/** The fields a queue row and a case file share. */
export function caseSummaryFields(row: Case) {
  return {
    trackingNumber: row.trackingNumber,
    version: row.version,
    kind: row.kind,
    status: row.status,
    escalationLevel: row.escalationLevel,
    remedyPromised: row.remedyPromised,
    channel: row.channel,
    language: row.language,
    receivedAt: row.receivedAt.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    expectedResponseBy: row.expectedResponseBy,
    nextUpdateBy: row.nextUpdateBy,
    dueOn: row.dueOn === NOTHING_DUE ? null : row.dueOn,
  };
}
