import { Type } from 'typebox';
import { convertToComplaint } from '../cases/convert-to-complaint.js';
import { giveFinalResponse, giveOutcome } from '../casework/give-outcome.js';
import { CONTACT_CHANNELS } from '../casework/log-contact.js';
import { recordOutcomeReply } from '../casework/record-outcome-reply.js';
import { recordRemedyCarriedOut } from '../casework/record-remedy.js';
import { requestEscalation } from '../casework/request-escalation.js';
import { takeEscalation } from '../casework/take-escalation.js';
import { localDate, noInput, optionalText, stringEnum, text } from '../input-schema.js';
import { changed } from './case-changed.js';
import { type CaseCommandEntry, caseCommand } from './case-command.js';

const answer = Type.Object({
  text: text(20_000, 'The decision and its reasons, as the customer will read them'),
  remedy: optionalText(2_000, 'What will be done to put it right'),
});

/** C8–C10: outcomes and final responses, the customer's reply, remedies, escalations, conversion. */
export const ANSWER_COMMANDS = {
  give_outcome: caseCommand({
    name: 'give_outcome',
    permission: 'case.work',
    version: 'required',
    input: answer,
    api: {
      path: 'outcome',
      summary: 'Give the outcome (C8): at level 1 an advisor, at level 2 a senior manager',
      description: 'Sent to the customer at once, with how to escalate if they are not satisfied.',
    },
    run: (ctx, staff, target, input, channel) =>
      changed(giveOutcome(ctx, staff, { ...target, ...withRemedy(input) }, channel)),
  }),

  give_final_response: caseCommand({
    name: 'give_final_response',
    // The final response is given at level 2 or 3, never by an advisor.
    permission: 'escalation.level_2',
    version: 'required',
    input: answer,
    api: {
      path: 'final-response',
      summary: 'Give the final response (C9) at level 2 or 3, with the way to the ombudsman (C10)',
    },
    run: (ctx, staff, target, input, channel) =>
      changed(giveFinalResponse(ctx, staff, { ...target, ...withRemedy(input) }, channel)),
  }),

  record_outcome_reply: caseCommand({
    name: 'record_outcome_reply',
    permission: 'case.work',
    version: 'required',
    input: Type.Object({
      accepted: Type.Boolean(),
      customerWords: optionalText(10_000),
    }),
    api: {
      path: 'outcome-reply',
      summary: 'Record whether the customer accepts the outcome (not accepting escalates it)',
    },
    run: (ctx, staff, target, input, channel) =>
      changed(
        recordOutcomeReply(
          ctx,
          staff,
          {
            ...target,
            accepted: input.accepted,
            ...(input.customerWords !== undefined ? { customerWords: input.customerWords } : {}),
          },
          channel,
        ),
      ),
  }),

  record_remedy: caseCommand({
    name: 'record_remedy',
    permission: 'case.work',
    version: 'required',
    input: Type.Object({
      carriedOutOn: localDate('The day it was done (YYYY-MM-DD)'),
      text: text(5_000, 'What was done, as the customer will read it'),
    }),
    api: { path: 'remedy', summary: 'Record that the promised remedy was carried out (C8)' },
    run: (ctx, staff, target, input, channel) =>
      changed(recordRemedyCarriedOut(ctx, staff, { ...target, ...input }, channel)),
  }),

  request_escalation: caseCommand({
    name: 'request_escalation',
    permission: 'case.work',
    version: 'required',
    input: Type.Object({
      customerWords: text(10_000),
      requestedVia: stringEnum(CONTACT_CHANNELS),
      level: Type.Optional(Type.Union([Type.Literal(2), Type.Literal(3)])),
    }),
    api: {
      path: 'escalations',
      summary: 'Record a customer’s escalation request from a call or letter (C9)',
      description:
        'The customer’s words are quoted. By default the case goes to the next level; `level: 3` when the ' +
        'customer asks for the head of support directly.',
    },
    run: (ctx, staff, target, input, channel) =>
      changed(
        requestEscalation(
          ctx,
          staff,
          {
            ...target,
            customerWords: input.customerWords,
            requestedVia: input.requestedVia,
            ...(input.level ? { level: input.level } : {}),
          },
          channel,
        ),
      ),
  }),

  take_escalation: caseCommand({
    name: 'take_escalation',
    permission: 'escalation.level_2',
    version: 'required',
    input: noInput,
    api: {
      path: 'escalation-taken',
      summary: 'Take an escalated case (senior manager at level 2, head of support at level 3)',
    },
    run: (ctx, staff, target, _input, channel) => changed(takeEscalation(ctx, staff, target, channel)),
  }),

  convert_to_complaint: caseCommand({
    name: 'convert_to_complaint',
    permission: 'case.record',
    version: 'optional',
    input: Type.Object({ reason: optionalText(5_000, 'Why the customer is not satisfied') }),
    api: {
      path: 'conversion',
      tag: 'intake',
      summary: 'Turn an inquiry into a complaint (staff)',
      description:
        'For a customer not satisfied with the answer to a question (C1). History stays on the case; the ' +
        'complaint is acknowledged now, with an expected date counted from now, and the customer is told.',
    },
    run: (ctx, staff, target, input, channel) =>
      convertToComplaint(
        ctx,
        {
          trackingNumber: target.trackingNumber,
          ...(target.expectedVersion !== undefined ? { expectedVersion: target.expectedVersion } : {}),
          ...(input.reason !== undefined ? { reason: input.reason } : {}),
        },
        staff,
        channel,
      ),
  }),
} as const satisfies Record<string, CaseCommandEntry>;

function withRemedy(input: { text: string; remedy?: string }) {
  return { text: input.text, ...(input.remedy !== undefined ? { remedy: input.remedy } : {}) };
}
