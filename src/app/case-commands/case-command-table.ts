import { Type } from 'typebox';
import { PREFERRED_CONTACTS } from '../../domain/complaint.js';
import { MESSAGE_MEDIA, WRITABLE_TEMPLATES } from '../../domain/customer-message.js';
import { IDENTITY_CHECK_RESULTS } from '../../domain/personal-data.js';
import { convertToComplaint } from '../cases/convert-to-complaint.js';
import { addNote } from '../casework/add-note.js';
import { assignCase } from '../casework/assign-case.js';
import { changeContactDetails } from '../casework/change-contact-details.js';
import { closeCase } from '../casework/close-case.js';
import { giveFinalResponse, giveOutcome } from '../casework/give-outcome.js';
import { recordIdentityCheck, sendIdentityCode, verifyIdentityCode } from '../casework/identity-checks.js';
import { CONTACT_CHANNELS, CONTACT_DIRECTIONS, logContact } from '../casework/log-contact.js';
import { recordOutcomeReply } from '../casework/record-outcome-reply.js';
import { recordRemedyCarriedOut } from '../casework/record-remedy.js';
import { requestEscalation } from '../casework/request-escalation.js';
import { sendDelayNotice } from '../casework/send-delay-notice.js';
import { sendMessage } from '../casework/send-message.js';
import { sendOmbudsmanLetter } from '../casework/send-ombudsman-letter.js';
import { startInvestigation } from '../casework/start-investigation.js';
import { takeEscalation } from '../casework/take-escalation.js';
import { failure } from '../errors.js';
import { localDate, optionalText, stringEnum, text } from '../input-schema.js';
import { changed } from './case-changed.js';
import { type CaseCommandEntry, caseCommand } from './case-command.js';

const nothing = Type.Object({});

const answer = Type.Object({
  text: text(20_000, 'The decision and its reasons, as the customer will read them'),
  remedy: optionalText(2_000, 'What will be done to put it right'),
});

/**
 * Every step staff can take on a case, once. The API's routes and the console's forms are made
 * from these entries; a new step is added here and nowhere else (its words go in `src/i18n`).
 */
export const CASE_COMMANDS = {
  take: caseCommand({
    name: 'take',
    permission: 'case.work',
    version: 'required',
    input: nothing,
    run: (ctx, staff, target, _input, channel) =>
      changed(assignCase(ctx, staff, { ...target, ownerId: staff.id }, channel)),
  }),

  assign: caseCommand({
    name: 'assign',
    // Advisors may take a case themselves this way too; giving it to others needs case.assign.
    permission: 'case.work',
    version: 'required',
    input: Type.Object({
      ownerId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
      teamId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    }),
    api: { path: 'assignment', summary: 'Give the case to someone (managers), or take it yourself' },
    run: (ctx, staff, target, input, channel) =>
      changed(
        assignCase(
          ctx,
          staff,
          {
            ...target,
            ownerId: input.ownerId,
            ...(input.teamId !== undefined ? { teamId: input.teamId } : {}),
          },
          channel,
        ),
      ),
  }),

  start_investigation: caseCommand({
    name: 'start_investigation',
    permission: 'case.work',
    version: 'required',
    input: nothing,
    api: { path: 'investigation', summary: 'Start investigating an acknowledged case' },
    run: (ctx, staff, target, _input, channel) => changed(startInvestigation(ctx, staff, target, channel)),
  }),

  add_note: caseCommand({
    name: 'add_note',
    permission: 'case.work',
    version: 'required',
    input: Type.Object({ text: text(10_000) }),
    api: { path: 'notes', summary: 'Add an internal note (never shown to the customer)' },
    run: (ctx, staff, target, input, channel) =>
      changed(addNote(ctx, staff, { ...target, text: input.text }, channel)),
  }),

  log_contact: caseCommand({
    name: 'log_contact',
    permission: 'case.work',
    version: 'required',
    input: Type.Object({
      channel: stringEnum(CONTACT_CHANNELS),
      direction: stringEnum(CONTACT_DIRECTIONS),
      summary: text(10_000),
      nextUpdateBy: Type.Optional(localDate('When the customer hears from us again (YYYY-MM-DD)')),
    }),
    api: {
      path: 'contacts',
      summary: 'Log a contact with the customer and the date of the next update (C7)',
    },
    run: (ctx, staff, target, input, channel) =>
      changed(
        logContact(
          ctx,
          staff,
          {
            ...target,
            contactChannel: input.channel,
            direction: input.direction,
            summary: input.summary,
            ...(input.nextUpdateBy ? { nextUpdateBy: input.nextUpdateBy } : {}),
          },
          channel,
        ),
      ),
  }),

  send_message: caseCommand({
    name: 'send_message',
    permission: 'case.work',
    version: 'required',
    input: Type.Object({
      template: stringEnum(WRITABLE_TEMPLATES),
      text: text(10_000),
      medium: Type.Optional(stringEnum(MESSAGE_MEDIA, 'By default the customer’s preference')),
      nextUpdateBy: Type.Optional(localDate('For a progress update: when the next one comes')),
    }),
    api: {
      path: 'messages',
      summary: 'Write to the customer from a template, by email or as a letter to print (C7)',
      description: 'Preview the exact text first with POST …/messages/preview.',
    },
    run: (ctx, staff, target, input, channel) =>
      changed(
        sendMessage(
          ctx,
          staff,
          {
            ...target,
            template: input.template,
            text: input.text,
            ...(input.medium ? { medium: input.medium } : {}),
            ...(input.nextUpdateBy ? { nextUpdateBy: input.nextUpdateBy } : {}),
          },
          channel,
        ),
      ),
  }),

  check_identity: caseCommand({
    name: 'check_identity',
    permission: 'case.work',
    version: 'none',
    input: Type.Object({
      method: stringEnum(['account_pin', 'security_question', 'one_time_code'] as const),
      result: Type.Optional(stringEnum(IDENTITY_CHECK_RESULTS, 'For account_pin and security_question')),
      code: Type.Optional(
        Type.String({ pattern: '^\\s*\\d{6}\\s*$', description: 'For one_time_code: the code read back' }),
      ),
    }),
    api: {
      path: 'identity-checks',
      tag: 'identity (C4)',
      summary: 'Record an identity check, or check the one-time code the customer read back',
      description:
        '`account_pin` and `security_question`: the advisor asked and records the `result`. `one_time_code`: ' +
        'send the `code` the customer received (POST …/identity-checks/code sends one); a wrong code is a ' +
        'failed check (422). A pass opens the customer’s details to you for an hour.',
    },
    run: async (ctx, staff, { trackingNumber }, input, channel) => {
      if (input.method === 'one_time_code') {
        if (input.code === undefined) return failure(requiredField('/code'));
        return verifyIdentityCode(ctx, staff, { trackingNumber, code: input.code }, channel);
      }
      if (input.result === undefined) return failure(requiredField('/result'));
      return recordIdentityCheck(
        ctx,
        staff,
        { trackingNumber, method: input.method, result: input.result },
        channel,
      );
    },
  }),

  send_identity_code: caseCommand({
    name: 'send_identity_code',
    permission: 'case.work',
    version: 'none',
    input: nothing,
    api: {
      path: 'identity-checks/code',
      tag: 'identity (C4)',
      summary: 'Send a one-time code to the customer’s email on file',
    },
    run: (ctx, staff, { trackingNumber }, _input, channel) =>
      sendIdentityCode(ctx, staff, trackingNumber, channel),
  }),

  change_contact_details: caseCommand({
    name: 'change_contact_details',
    permission: 'case.work',
    version: 'required',
    input: Type.Object({
      email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()])),
      phone: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 50 }), Type.Null()])),
      postalAddress: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 500 }), Type.Null()])),
      preferredContact: Type.Optional(stringEnum(PREFERRED_CONTACTS)),
    }),
    api: {
      path: 'contact-details',
      summary: 'Change the customer’s contact details (needs a passed identity check, C4)',
    },
    run: (ctx, staff, target, input, channel) =>
      changed(changeContactDetails(ctx, staff, { ...target, ...input }, channel)),
  }),

  send_ombudsman_letter: caseCommand({
    name: 'send_ombudsman_letter',
    permission: 'case.work',
    version: 'required',
    input: nothing,
    api: {
      path: 'ombudsman-letter',
      summary: 'Tell the customer now that they can take the complaint to the ombudsman (deadlock, C10)',
    },
    run: (ctx, staff, target, _input, channel) => changed(sendOmbudsmanLetter(ctx, staff, target, channel)),
  }),

  send_delay_notice: caseCommand({
    name: 'send_delay_notice',
    permission: 'case.work',
    version: 'required',
    input: Type.Object({
      reason: text(5_000),
      expectedResponseBy: localDate('The new expected date, after the current one'),
    }),
    api: {
      path: 'delay-notice',
      summary: 'Tell the customer the expected date cannot be kept: why, and the new date (C8)',
      description: 'Moves the expected date; the customer gets the notice in their language.',
    },
    run: (ctx, staff, target, input, channel) =>
      changed(sendDelayNotice(ctx, staff, { ...target, ...input }, channel)),
  }),

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
    input: nothing,
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

  close: caseCommand({
    name: 'close',
    permission: 'case.work',
    version: 'required',
    input: nothing,
    api: { path: 'closure', summary: 'Close the case' },
    run: (ctx, staff, target, _input, channel) => changed(closeCase(ctx, staff, target, channel)),
  }),
} as const satisfies Record<string, CaseCommandEntry>;

export type CaseCommandName = keyof typeof CASE_COMMANDS;

export function isCaseCommandName(name: string): name is CaseCommandName {
  return Object.hasOwn(CASE_COMMANDS, name);
}

function requiredField(field: string) {
  return { code: 'INVALID_INPUT' as const, fields: [{ field, rule: 'required' as const }] };
}

function withRemedy(input: { text: string; remedy?: string }) {
  return { text: input.text, ...(input.remedy !== undefined ? { remedy: input.remedy } : {}) };
}
