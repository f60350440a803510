import { applyLifecycleCommand, type CaseState, type LifecycleCommand } from './case-lifecycle.js';
import { WATCHED_STATUSES } from './commitment-watch.js';
import { may, mayAnswerAtLevel } from './permissions.js';
import type { StaffRole } from './staff-role.js';

/** What a staff member can do next on a case: the console shows these and only these. */
export const CASE_ACTIONS = [
  'take',
  'assign',
  'start_investigation',
  'log_contact',
  'add_note',
  'send_message',
  'check_identity',
  'give_outcome',
  'give_final_response',
  'record_outcome_reply',
  'request_escalation',
  'take_escalation',
  'record_remedy',
  'send_delay_notice',
  'send_ombudsman_letter',
  'convert_to_complaint',
  'close',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

function allowed(state: CaseState, command: LifecycleCommand): boolean {
  return applyLifecycleCommand(state, command).ok;
}

export function availableActions(
  staff: { id: string; role: StaffRole },
  state: CaseState,
  ownerId: string | null,
): CaseAction[] {
  const actions: CaseAction[] = [];
  const works = may(staff.role, 'case.work');
  const answers = mayAnswerAtLevel(staff.role, state.escalationLevel);
  const open = state.status !== 'closed';
  if (works && open && ownerId !== staff.id && state.status !== 'escalated') actions.push('take');
  if (may(staff.role, 'case.assign') && open) actions.push('assign');
  if (works && allowed(state, { type: 'start_investigation' })) actions.push('start_investigation');
  if (works) actions.push('log_contact', 'add_note', 'check_identity');
  if (works && open) actions.push('send_message');
  const answerable = state.status === 'acknowledged' ? { ...state, status: 'investigating' as const } : state;
  if (answers && allowed(answerable, { type: 'give_outcome', remedyPromised: false }))
    actions.push('give_outcome');
  if (answers && allowed(answerable, { type: 'give_final_response', remedyPromised: false })) {
    actions.push('give_final_response');
  }
  if (works && (allowed(state, { type: 'accept_outcome' }) || allowed(state, { type: 'reject_outcome' }))) {
    actions.push('record_outcome_reply');
  }
  if (works && allowed(state, { type: 'request_escalation' })) actions.push('request_escalation');
  if (answers && state.escalationLevel > 1 && allowed(state, { type: 'take_escalation' })) {
    actions.push('take_escalation');
  }
  if (works && state.remedyPromised && allowed(state, { type: 'record_remedy_carried_out' })) {
    actions.push('record_remedy');
  }
  if (works && WATCHED_STATUSES.includes(state.status)) actions.push('send_delay_notice');
  if (works && state.kind === 'complaint' && open && state.status !== 'received')
    actions.push('send_ombudsman_letter');
  if (may(staff.role, 'case.record') && allowed(state, { type: 'convert_to_complaint' })) {
    actions.push('convert_to_complaint');
  }
  if (works && allowed(state, { type: 'close' })) actions.push('close');
  return actions;
}
