import { Type } from 'typebox';
import { MESSAGE_MEDIA, WRITABLE_TEMPLATES } from '../../domain/customer-message.js';
import { addNote } from '../casework/add-note.js';
import { assignCase } from '../casework/assign-case.js';
import { closeCase } from '../casework/close-case.js';
import { CONTACT_CHANNELS, CONTACT_DIRECTIONS, logContact } from '../casework/log-contact.js';
import { sendDelayNotice } from '../casework/send-delay-notice.js';
import { sendMessage } from '../casework/send-message.js';
import { sendOmbudsmanLetter } from '../casework/send-ombudsman-letter.js';
import { startInvestigation } from '../casework/start-investigation.js';
import { localDate, noInput, stringEnum, text } from '../input-schema.js';
import { changed } from './case-changed.js';
import { type CaseCommandEntry, caseCommand } from './case-command.js';

/** Working on a case: taking and giving it, notes, contacts, messages, delay notices, closing. */
export const CASEWORK_COMMANDS = {
  take: caseCommand({
    name: 'take',
    permission: 'case.work',
    version: 'required',
    input: noInput,
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
    input: noInput,
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

  send_ombudsman_letter: caseCommand({
    name: 'send_ombudsman_letter',
    permission: 'case.work',
    version: 'required',
    input: noInput,
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

  close: caseCommand({
    name: 'close',
    permission: 'case.work',
    version: 'required',
    input: noInput,
    api: { path: 'closure', summary: 'Close the case' },
    run: (ctx, staff, target, _input, channel) => changed(closeCase(ctx, staff, target, channel)),
  }),
} as const satisfies Record<string, CaseCommandEntry>;
