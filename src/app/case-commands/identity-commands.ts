import { Type } from 'typebox';
import { PREFERRED_CONTACTS } from '../../domain/complaint.js';
import { IDENTITY_CHECK_RESULTS } from '../../domain/personal-data.js';
import { changeContactDetails } from '../casework/change-contact-details.js';
import { recordIdentityCheck, sendIdentityCode, verifyIdentityCode } from '../casework/identity-checks.js';
import { failure } from '../errors.js';
import { noInput, stringEnum } from '../input-schema.js';
import { changed } from './case-changed.js';
import { type CaseCommandEntry, caseCommand } from './case-command.js';

/** C4: checking who the customer is, and changing their contact details once checked. */
export const IDENTITY_COMMANDS = {
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
    input: noInput,
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
} as const satisfies Record<string, CaseCommandEntry>;

function requiredField(field: string) {
  return { code: 'INVALID_INPUT' as const, fields: [{ field, rule: 'required' as const }] };
}
