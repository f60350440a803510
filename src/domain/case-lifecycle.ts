/**
 * The life of a case, as pure rules: which command may move a case from which status, and the
 * events each move causes. Nothing here reads a clock, a database or a request; callers store
 * the new state and the events together (see `src/app/`).
 *
 * The transition table is documented in docs/lifecycle.md, generated from `LIFECYCLE_RULES`
 * by `npm run docs:lifecycle`; a test keeps the two in step.
 */

import { assertUnreachable } from './assert-unreachable.js';

export const CASE_KINDS = ['complaint', 'inquiry'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = [
  'received',
  'acknowledged',
  'investigating',
  'waiting_for_customer',
  'outcome_given',
  'outcome_accepted',
  'remedy_carried_out',
  'escalated',
  'final_response_given',
  'referred_to_ombudsman',
  'resolved_at_first_contact',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** 1 advisor, 2 senior manager, 3 head of support (C9). */
export const ESCALATION_LEVELS = [1, 2, 3] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
export const HIGHEST_ESCALATION_LEVEL: EscalationLevel = 3;

/** What the lifecycle needs to know about a case; the rest of a case lives elsewhere. */
export interface CaseState {
  readonly kind: CaseKind;
  readonly status: CaseStatus;
  readonly escalationLevel: EscalationLevel;
  /** Set by the outcome (or final response) the customer is asked to accept. */
  readonly remedyPromised: boolean;
  /**
   * C10: the customer has been told of the ombudsman (in an escalation acknowledgement, an outcome
   * at level 2 or above, or the final response). Absent means not told.
   */
  readonly ombudsmanNoticeSent?: boolean;
}

export type LifecycleCommand =
  | { type: 'acknowledge' }
  | { type: 'resolve_at_first_contact' }
  | { type: 'start_investigation' }
  | { type: 'wait_for_customer' }
  | { type: 'resume_investigation' }
  | { type: 'give_outcome'; remedyPromised: boolean }
  | { type: 'accept_outcome' }
  | { type: 'reject_outcome' }
  | { type: 'request_escalation'; level?: 2 | 3 }
  | { type: 'take_escalation' }
  | { type: 'give_final_response'; remedyPromised: boolean }
  | { type: 'record_remedy_carried_out' }
  | { type: 'refer_to_ombudsman' }
  | { type: 'convert_to_complaint' }
  | { type: 'close' };
export type LifecycleCommandType = LifecycleCommand['type'];

/** The events the lifecycle itself causes. Use cases add their own data (texts, reasons). */
export type LifecycleEvent =
  | { type: 'case_acknowledged' }
  | { type: 'resolved_at_first_contact' }
  | { type: 'investigation_started' }
  | { type: 'waiting_for_customer' }
  | { type: 'investigation_resumed' }
  | { type: 'outcome_given'; level: EscalationLevel; remedyPromised: boolean }
  | { type: 'outcome_accepted' }
  | { type: 'outcome_rejected' }
  | { type: 'escalated'; fromLevel: EscalationLevel; toLevel: EscalationLevel }
  | { type: 'escalation_taken'; level: EscalationLevel }
  | { type: 'final_response_given'; level: EscalationLevel; remedyPromised: boolean }
  | { type: 'remedy_carried_out' }
  | { type: 'referred_to_ombudsman' }
  | { type: 'converted_to_complaint' }
  | { type: 'case_closed'; fromStatus: CaseStatus };
export type LifecycleEventType = LifecycleEvent['type'];

/** Why a command was refused. Each code is stable: the HTTP layer maps it, messages translate it. */
export type LifecycleError =
  | { code: 'ILLEGAL_TRANSITION'; command: LifecycleCommandType; caseStatus: CaseStatus }
  | { code: 'NOT_FOR_INQUIRY'; command: LifecycleCommandType }
  | { code: 'ONLY_FOR_INQUIRY'; command: LifecycleCommandType }
  | { code: 'ESCALATION_LEVEL_NOT_HIGHER'; current: EscalationLevel; requested: EscalationLevel }
  | { code: 'ALREADY_AT_HIGHEST_LEVEL' }
  | { code: 'FINAL_RESPONSE_REQUIRED'; level: EscalationLevel }
  | { code: 'FINAL_RESPONSE_NEEDS_ESCALATION' }
  | { code: 'NO_REMEDY_PROMISED' }
  | { code: 'REMEDY_NOT_CARRIED_OUT' }
  | { code: 'OMBUDSMAN_NOTICE_REQUIRED' };

export type TransitionResult =
  | { ok: true; state: CaseState; events: LifecycleEvent[] }
  | { ok: false; error: LifecycleError };

interface LifecycleRule {
  /** Per kind of case, the statuses the command may start from; a kind not named cannot use it. */
  from: Readonly<Partial<Record<CaseKind, readonly CaseStatus[]>>>;
  /** The status it leads to, as documented (guards may still refuse). */
  to: CaseStatus;
  /** Extra conditions, in words, for the documentation. */
  note?: string;
}

const both = (statuses: readonly CaseStatus[]) => ({ complaint: statuses, inquiry: statuses });
/** Open statuses after the acknowledgement, while someone at the provider still owes an answer. */
const UNDER_HANDLING: readonly CaseStatus[] = ['acknowledged', 'investigating', 'waiting_for_customer'];

export const LIFECYCLE_RULES: Readonly<Record<LifecycleCommandType, LifecycleRule>> = {
  acknowledge: { from: both(['received']), to: 'acknowledged' },
  resolve_at_first_contact: {
    from: both(['received']),
    to: 'resolved_at_first_contact',
    note: 'C5: solved during the call or chat; the customer still gets a tracking number and a written confirmation',
  },
  start_investigation: { from: both(['acknowledged']), to: 'investigating' },
  wait_for_customer: { from: both(['investigating']), to: 'waiting_for_customer' },
  resume_investigation: { from: both(['waiting_for_customer']), to: 'investigating' },
  give_outcome: {
    from: both(['investigating', 'waiting_for_customer']),
    to: 'outcome_given',
    note: 'not at level 3, where the answer is a final response',
  },
  accept_outcome: { from: both(['outcome_given', 'final_response_given']), to: 'outcome_accepted' },
  reject_outcome: {
    from: { complaint: ['outcome_given'] },
    to: 'escalated',
    note: 'escalates to the next level; a dissatisfied inquiry is converted to a complaint instead',
  },
  request_escalation: {
    from: { complaint: [...UNDER_HANDLING, 'outcome_given', 'escalated'] },
    to: 'escalated',
    note: 'C9: to level 2 or straight to level 3 (default: the next level); never down or sideways',
  },
  take_escalation: { from: { complaint: ['escalated'] }, to: 'investigating' },
  give_final_response: {
    from: { complaint: ['investigating', 'waiting_for_customer'] },
    to: 'final_response_given',
    note: 'only at escalation level 2 or 3',
  },
  record_remedy_carried_out: {
    from: both(['outcome_accepted']),
    to: 'remedy_carried_out',
    note: 'only where the accepted outcome promised a remedy',
  },
  refer_to_ombudsman: {
    from: { complaint: [...UNDER_HANDLING, 'outcome_given', 'escalated', 'final_response_given'] },
    to: 'referred_to_ombudsman',
    note: 'C10',
  },
  convert_to_complaint: {
    from: { inquiry: [...UNDER_HANDLING, 'outcome_given'] },
    to: 'acknowledged',
    note: 'C1: history carries over; the complaint is acknowledged (and its clock starts) at this moment',
  },
  close: {
    from: {
      complaint: [
        'outcome_accepted',
        'remedy_carried_out',
        'final_response_given',
        'referred_to_ombudsman',
        'resolved_at_first_contact',
      ],
      inquiry: ['outcome_accepted', 'remedy_carried_out', 'resolved_at_first_contact'],
    },
    to: 'closed',
    note: 'an accepted outcome that promised a remedy closes only once the remedy is carried out; a complaint without an accepted outcome closes only once the customer was told of the ombudsman (C10)',
  },
};

/**
 * A complaint closes without the ombudsman notice only in agreement with the customer, or when the
 * customer already took it to the ombudsman.
 */
const CLOSES_WITHOUT_NOTICE: readonly CaseStatus[] = [
  'outcome_accepted',
  'remedy_carried_out',
  'resolved_at_first_contact',
  'referred_to_ombudsman',
];

/** A case as it is born: received, at level 1, with nothing promised yet. */
export function receivedCase(kind: CaseKind): CaseState {
  return { kind, status: 'received', escalationLevel: 1, remedyPromised: false };
}

export function isOpen(status: CaseStatus): boolean {
  return status !== 'closed';
}

function refuse(error: LifecycleError): TransitionResult {
  return { ok: false, error };
}

function nextLevel(level: EscalationLevel): EscalationLevel {
  return level === 1 ? 2 : 3;
}

/** The one way a case changes status. */
export function applyLifecycleCommand(state: CaseState, command: LifecycleCommand): TransitionResult {
  const rule = LIFECYCLE_RULES[command.type];
  const from = rule.from[state.kind];
  if (!from) {
    return refuse(
      state.kind === 'inquiry'
        ? { code: 'NOT_FOR_INQUIRY', command: command.type }
        : { code: 'ONLY_FOR_INQUIRY', command: command.type },
    );
  }
  if (!from.includes(state.status)) {
    return refuse({ code: 'ILLEGAL_TRANSITION', command: command.type, caseStatus: state.status });
  }
  const moved = (events: LifecycleEvent[], changes: Partial<CaseState> = {}): TransitionResult => ({
    ok: true,
    state: { ...state, status: rule.to, ...changes },
    events,
  });

  switch (command.type) {
    case 'acknowledge':
      return moved([{ type: 'case_acknowledged' }]);
    case 'resolve_at_first_contact':
      return moved([{ type: 'resolved_at_first_contact' }]);
    case 'start_investigation':
      return moved([{ type: 'investigation_started' }]);
    case 'wait_for_customer':
      return moved([{ type: 'waiting_for_customer' }]);
    case 'resume_investigation':
      return moved([{ type: 'investigation_resumed' }]);
    case 'give_outcome':
      if (state.escalationLevel === HIGHEST_ESCALATION_LEVEL) {
        return refuse({ code: 'FINAL_RESPONSE_REQUIRED', level: state.escalationLevel });
      }
      return moved(
        [{ type: 'outcome_given', level: state.escalationLevel, remedyPromised: command.remedyPromised }],
        { remedyPromised: command.remedyPromised },
      );
    case 'accept_outcome':
      return moved([{ type: 'outcome_accepted' }]);
    case 'reject_outcome': {
      // An outcome is never given at level 3 (a final response is), so a next level always exists.
      const toLevel = nextLevel(state.escalationLevel);
      return moved(
        [{ type: 'outcome_rejected' }, { type: 'escalated', fromLevel: state.escalationLevel, toLevel }],
        { escalationLevel: toLevel, remedyPromised: false },
      );
    }
    case 'request_escalation': {
      if (state.escalationLevel === HIGHEST_ESCALATION_LEVEL)
        return refuse({ code: 'ALREADY_AT_HIGHEST_LEVEL' });
      const toLevel = command.level ?? nextLevel(state.escalationLevel);
      if (toLevel <= state.escalationLevel) {
        return refuse({
          code: 'ESCALATION_LEVEL_NOT_HIGHER',
          current: state.escalationLevel,
          requested: toLevel,
        });
      }
      return moved([{ type: 'escalated', fromLevel: state.escalationLevel, toLevel }], {
        escalationLevel: toLevel,
        remedyPromised: false,
      });
    }
    case 'take_escalation':
      return moved([{ type: 'escalation_taken', level: state.escalationLevel }]);
    case 'give_final_response':
      if (state.escalationLevel === 1) return refuse({ code: 'FINAL_RESPONSE_NEEDS_ESCALATION' });
      return moved(
        [
          {
            type: 'final_response_given',
            level: state.escalationLevel,
            remedyPromised: command.remedyPromised,
          },
        ],
        { remedyPromised: command.remedyPromised },
      );
    case 'record_remedy_carried_out':
      if (!state.remedyPromised) return refuse({ code: 'NO_REMEDY_PROMISED' });
      return moved([{ type: 'remedy_carried_out' }]);
    case 'refer_to_ombudsman':
      return moved([{ type: 'referred_to_ombudsman' }]);
    case 'convert_to_complaint':
      return moved([{ type: 'converted_to_complaint' }, { type: 'case_acknowledged' }], {
        kind: 'complaint',
        escalationLevel: 1,
        remedyPromised: false,
      });
    case 'close':
      if (state.status === 'outcome_accepted' && state.remedyPromised) {
        return refuse({ code: 'REMEDY_NOT_CARRIED_OUT' });
      }
      // C10: a complaint ends with an outcome the customer accepted, or with the way to the ombudsman.
      if (
        state.kind === 'complaint' &&
        !CLOSES_WITHOUT_NOTICE.includes(state.status) &&
        !state.ombudsmanNoticeSent
      ) {
        return refuse({ code: 'OMBUDSMAN_NOTICE_REQUIRED' });
      }
      return moved([{ type: 'case_closed', fromStatus: state.status }]);
    default:
      return assertUnreachable(command);
  }
}
