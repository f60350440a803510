import { describe, expect, it } from 'vitest';
import {
  applyLifecycleCommand,
  CASE_KINDS,
  CASE_STATUSES,
  type CaseKind,
  type CaseState,
  type CaseStatus,
  type EscalationLevel,
  type LifecycleCommand,
  type LifecycleCommandType,
  receivedCase,
} from '../../src/domain/case-lifecycle.js';

/**
 * Every legal move, written out by hand (kind, from, command → to) and independent of the
 * domain's own table. Every combination not listed here must be refused with a typed error.
 */
const LEGAL_MOVES = `
  both      received              acknowledge                acknowledged
  both      received              resolve_at_first_contact   resolved_at_first_contact
  both      acknowledged          start_investigation        investigating
  both      investigating         wait_for_customer          waiting_for_customer
  both      waiting_for_customer  resume_investigation       investigating
  both      investigating         give_outcome               outcome_given
  both      waiting_for_customer  give_outcome               outcome_given
  both      outcome_given         accept_outcome             outcome_accepted
  both      final_response_given  accept_outcome             outcome_accepted
  complaint outcome_given         reject_outcome             escalated
  complaint acknowledged          request_escalation         escalated
  complaint investigating         request_escalation         escalated
  complaint waiting_for_customer  request_escalation         escalated
  complaint outcome_given         request_escalation         escalated
  complaint escalated             request_escalation         escalated
  complaint escalated             take_escalation            investigating
  complaint investigating         give_final_response        final_response_given
  complaint waiting_for_customer  give_final_response        final_response_given
  both      outcome_accepted      record_remedy_carried_out  remedy_carried_out
  complaint acknowledged          refer_to_ombudsman         referred_to_ombudsman
  complaint investigating         refer_to_ombudsman         referred_to_ombudsman
  complaint waiting_for_customer  refer_to_ombudsman         referred_to_ombudsman
  complaint outcome_given         refer_to_ombudsman         referred_to_ombudsman
  complaint escalated             refer_to_ombudsman         referred_to_ombudsman
  complaint final_response_given  refer_to_ombudsman         referred_to_ombudsman
  inquiry   acknowledged          convert_to_complaint       acknowledged
  inquiry   investigating         convert_to_complaint       acknowledged
  inquiry   waiting_for_customer  convert_to_complaint       acknowledged
  inquiry   outcome_given         convert_to_complaint       acknowledged
  both      outcome_accepted      close                      closed
  both      remedy_carried_out    close                      closed
  complaint final_response_given  close                      closed
  complaint referred_to_ombudsman close                      closed
  both      resolved_at_first_contact close                  closed
`;

const legal = new Map<string, CaseStatus>();
for (const line of LEGAL_MOVES.trim().split('\n')) {
  const [kinds, from, command, to] = line.trim().split(/\s+/) as [
    string,
    CaseStatus,
    LifecycleCommandType,
    CaseStatus,
  ];
  for (const kind of kinds === 'both' ? CASE_KINDS : [kinds as CaseKind])
    legal.set(`${kind} ${from} ${command}`, to);
}

const COMMANDS: Record<LifecycleCommandType, LifecycleCommand> = {
  acknowledge: { type: 'acknowledge' },
  resolve_at_first_contact: { type: 'resolve_at_first_contact' },
  start_investigation: { type: 'start_investigation' },
  wait_for_customer: { type: 'wait_for_customer' },
  resume_investigation: { type: 'resume_investigation' },
  give_outcome: { type: 'give_outcome', remedyPromised: false },
  accept_outcome: { type: 'accept_outcome' },
  reject_outcome: { type: 'reject_outcome' },
  request_escalation: { type: 'request_escalation' },
  take_escalation: { type: 'take_escalation' },
  give_final_response: { type: 'give_final_response', remedyPromised: false },
  record_remedy_carried_out: { type: 'record_remedy_carried_out' },
  refer_to_ombudsman: { type: 'refer_to_ombudsman' },
  convert_to_complaint: { type: 'convert_to_complaint' },
  close: { type: 'close' },
};

/** A state in which only the status decides (the level and remedy suit the command). */
function stateFor(kind: CaseKind, status: CaseStatus, command: LifecycleCommandType): CaseState {
  return {
    kind,
    status,
    escalationLevel: command === 'give_final_response' ? 2 : 1,
    remedyPromised: command === 'record_remedy_carried_out',
    ombudsmanNoticeSent: command === 'close',
  };
}

describe('case lifecycle: the full transition table', () => {
  const combinations = CASE_KINDS.flatMap((kind) =>
    CASE_STATUSES.flatMap((status) =>
      (Object.keys(COMMANDS) as LifecycleCommandType[]).map((command) => ({ kind, status, command })),
    ),
  );

  it.each(combinations.filter((c) => legal.has(`${c.kind} ${c.status} ${c.command}`)))(
    'legal: $kind $status --$command-->',
    ({ kind, status, command }) => {
      const result = applyLifecycleCommand(stateFor(kind, status, command), COMMANDS[command]);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.state.status).toBe(legal.get(`${kind} ${status} ${command}`));
        expect(result.events.length).toBeGreaterThan(0);
      }
    },
  );

  it.each(combinations.filter((c) => !legal.has(`${c.kind} ${c.status} ${c.command}`)))(
    'illegal: $kind $status --$command--> is refused with a typed error',
    ({ kind, status, command }) => {
      const state = stateFor(kind, status, command);
      const result = applyLifecycleCommand(state, COMMANDS[command]);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(['ILLEGAL_TRANSITION', 'NOT_FOR_INQUIRY', 'ONLY_FOR_INQUIRY']).toContain(result.error.code);
        if (result.error.code === 'ILLEGAL_TRANSITION') {
          expect(result.error).toEqual({ code: 'ILLEGAL_TRANSITION', command, caseStatus: status });
        }
      }
    },
  );

  it('covers every combination exactly once', () => {
    expect(combinations).toHaveLength(
      CASE_KINDS.length * CASE_STATUSES.length * Object.keys(COMMANDS).length,
    );
    expect(legal.size).toBe(47);
  });
});

function at(
  status: CaseStatus,
  level: EscalationLevel,
  kind: CaseKind = 'complaint',
  remedyPromised = false,
) {
  return { kind, status, escalationLevel: level, remedyPromised } satisfies CaseState;
}

describe('case lifecycle: the rules behind the table', () => {
  it('C1 a new case of either kind starts received at level 1', () => {
    expect(receivedCase('inquiry')).toEqual({
      kind: 'inquiry',
      status: 'received',
      escalationLevel: 1,
      remedyPromised: false,
    });
  });

  it('C1 converting an inquiry makes it a complaint, acknowledged at that moment', () => {
    const result = applyLifecycleCommand(at('outcome_given', 1, 'inquiry'), { type: 'convert_to_complaint' });
    expect(result).toEqual({
      ok: true,
      state: { kind: 'complaint', status: 'acknowledged', escalationLevel: 1, remedyPromised: false },
      events: [{ type: 'converted_to_complaint' }, { type: 'case_acknowledged' }],
    });
  });

  it('C1 a complaint cannot be converted, and an inquiry is not escalated', () => {
    const convert = applyLifecycleCommand(at('acknowledged', 1), { type: 'convert_to_complaint' });
    expect(convert).toEqual({
      ok: false,
      error: { code: 'ONLY_FOR_INQUIRY', command: 'convert_to_complaint' },
    });
    const escalate = applyLifecycleCommand(at('outcome_given', 1, 'inquiry'), { type: 'reject_outcome' });
    expect(escalate).toEqual({ ok: false, error: { code: 'NOT_FOR_INQUIRY', command: 'reject_outcome' } });
  });

  it('C5 resolving at first contact happens at intake and leads to closing', () => {
    const resolved = applyLifecycleCommand(receivedCase('complaint'), { type: 'resolve_at_first_contact' });
    expect(resolved.ok && resolved.events).toEqual([{ type: 'resolved_at_first_contact' }]);
    if (!resolved.ok) throw new Error('expected success');
    const closed = applyLifecycleCommand(resolved.state, { type: 'close' });
    expect(closed.ok && closed.state.status).toBe('closed');
  });

  it('C9 an outcome the customer does not accept escalates to the next level', () => {
    const result = applyLifecycleCommand(at('outcome_given', 1), { type: 'reject_outcome' });
    expect(result).toEqual({
      ok: true,
      state: { kind: 'complaint', status: 'escalated', escalationLevel: 2, remedyPromised: false },
      events: [{ type: 'outcome_rejected' }, { type: 'escalated', fromLevel: 1, toLevel: 2 }],
    });
  });

  it('C9 a customer may ask for the head of support (level 3) directly', () => {
    const result = applyLifecycleCommand(at('investigating', 1), { type: 'request_escalation', level: 3 });
    expect(result.ok && result.state.escalationLevel).toBe(3);
    expect(result.ok && result.events).toEqual([{ type: 'escalated', fromLevel: 1, toLevel: 3 }]);
  });

  it('C9 escalation goes only upwards, and not beyond level 3', () => {
    expect(applyLifecycleCommand(at('escalated', 2), { type: 'request_escalation', level: 2 })).toEqual({
      ok: false,
      error: { code: 'ESCALATION_LEVEL_NOT_HIGHER', current: 2, requested: 2 },
    });
    expect(applyLifecycleCommand(at('investigating', 3), { type: 'request_escalation' })).toEqual({
      ok: false,
      error: { code: 'ALREADY_AT_HIGHEST_LEVEL' },
    });
    const fromTwo = applyLifecycleCommand(at('escalated', 2), { type: 'request_escalation' });
    expect(fromTwo.ok && fromTwo.state.escalationLevel).toBe(3);
  });

  it('C9 a manager takes an escalation and investigates at that level', () => {
    const result = applyLifecycleCommand(at('escalated', 2), { type: 'take_escalation' });
    expect(result.ok && result.state).toEqual(at('investigating', 2));
    expect(result.ok && result.events).toEqual([{ type: 'escalation_taken', level: 2 }]);
  });

  it('C9 at level 3 the answer must be a final response; at level 1 there is none yet', () => {
    expect(
      applyLifecycleCommand(at('investigating', 3), { type: 'give_outcome', remedyPromised: false }),
    ).toEqual({
      ok: false,
      error: { code: 'FINAL_RESPONSE_REQUIRED', level: 3 },
    });
    expect(
      applyLifecycleCommand(at('investigating', 1), { type: 'give_final_response', remedyPromised: false }),
    ).toEqual({ ok: false, error: { code: 'FINAL_RESPONSE_NEEDS_ESCALATION' } });
    const final = applyLifecycleCommand(at('investigating', 3), {
      type: 'give_final_response',
      remedyPromised: true,
    });
    expect(final.ok && final.state).toEqual(at('final_response_given', 3, 'complaint', true));
  });

  it('C8 an outcome records whether a remedy was promised, and closing waits for it', () => {
    const given = applyLifecycleCommand(at('investigating', 1), {
      type: 'give_outcome',
      remedyPromised: true,
    });
    if (!given.ok) throw new Error('expected success');
    expect(given.events).toEqual([{ type: 'outcome_given', level: 1, remedyPromised: true }]);
    const accepted = applyLifecycleCommand(given.state, { type: 'accept_outcome' });
    if (!accepted.ok) throw new Error('expected success');
    expect(applyLifecycleCommand(accepted.state, { type: 'close' })).toEqual({
      ok: false,
      error: { code: 'REMEDY_NOT_CARRIED_OUT' },
    });
    const carriedOut = applyLifecycleCommand(accepted.state, { type: 'record_remedy_carried_out' });
    if (!carriedOut.ok) throw new Error('expected success');
    const closed = applyLifecycleCommand(carriedOut.state, { type: 'close' });
    expect(closed.ok && closed.events).toEqual([{ type: 'case_closed', fromStatus: 'remedy_carried_out' }]);
  });

  it('C10 a complaint closes only after an accepted outcome or once the customer was told of the ombudsman', () => {
    const complaint = (status: CaseStatus, ombudsmanNoticeSent: boolean): CaseState => ({
      kind: 'complaint',
      status,
      escalationLevel: 3,
      remedyPromised: false,
      ombudsmanNoticeSent,
    });
    expect(applyLifecycleCommand(complaint('final_response_given', false), { type: 'close' })).toEqual({
      ok: false,
      error: { code: 'OMBUDSMAN_NOTICE_REQUIRED' },
    });
    expect(applyLifecycleCommand(complaint('final_response_given', true), { type: 'close' }).ok).toBe(true);
    // In agreement with the customer, or with the customer already at the ombudsman.
    for (const status of ['outcome_accepted', 'resolved_at_first_contact', 'referred_to_ombudsman'] as const)
      expect(applyLifecycleCommand(complaint(status, false), { type: 'close' }).ok).toBe(true);
  });

  it('C8 a remedy cannot be carried out where none was promised', () => {
    expect(applyLifecycleCommand(at('outcome_accepted', 1), { type: 'record_remedy_carried_out' })).toEqual({
      ok: false,
      error: { code: 'NO_REMEDY_PROMISED' },
    });
  });

  it('C10 a complaint can be referred to the ombudsman after a final response', () => {
    const result = applyLifecycleCommand(at('final_response_given', 3), { type: 'refer_to_ombudsman' });
    expect(result.ok && result.state.status).toBe('referred_to_ombudsman');
  });

  it('a closed case accepts no command at all', () => {
    for (const command of Object.values(COMMANDS)) {
      expect(applyLifecycleCommand(at('closed', 1), command).ok).toBe(false);
    }
  });
});
