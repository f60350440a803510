import type { StaffMember } from '../../app/auth/staff-member.js';
import { convertToComplaint } from '../../app/cases/convert-to-complaint.js';
import { addNote } from '../../app/casework/add-note.js';
import { assignCase } from '../../app/casework/assign-case.js';
import { changeContactDetails } from '../../app/casework/change-contact-details.js';
import { closeCase } from '../../app/casework/close-case.js';
import { giveFinalResponse, giveOutcome } from '../../app/casework/give-outcome.js';
import {
  recordIdentityCheck,
  sendIdentityCode,
  verifyIdentityCode,
} from '../../app/casework/identity-checks.js';
import { CONTACT_CHANNELS, type ContactChannel, logContact } from '../../app/casework/log-contact.js';
import { recordOutcomeReply } from '../../app/casework/record-outcome-reply.js';
import { recordRemedyCarriedOut } from '../../app/casework/record-remedy.js';
import { requestEscalation } from '../../app/casework/request-escalation.js';
import { sendDelayNotice } from '../../app/casework/send-delay-notice.js';
import { sendMessage } from '../../app/casework/send-message.js';
import { sendOmbudsmanLetter } from '../../app/casework/send-ombudsman-letter.js';
import { startInvestigation } from '../../app/casework/start-investigation.js';
import { takeEscalation } from '../../app/casework/take-escalation.js';
import type { AppContext } from '../../app/context.js';
import { failure, type InvalidField, type Outcome } from '../../app/errors.js';
import { isPreferredContact } from '../../domain/complaint.js';

/** What a console form asks for, read from its fields. Each answer is a use case's outcome. */
export type FormAction = (
  ctx: AppContext,
  staff: StaffMember,
  ref: { trackingNumber: string; expectedVersion: number },
  fields: Record<string, string>,
) => Promise<Outcome<unknown>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function missing(fields: Record<string, string>, names: string[]): InvalidField[] {
  return names
    .filter((name) => !fields[name]?.trim())
    .map((name) => ({ field: `/${name}`, rule: 'required' as const }));
}

function invalid(...names: string[]): Outcome<never> {
  return failure({
    code: 'INVALID_INPUT',
    fields: names.map((name) => ({ field: `/${name}`, rule: 'invalid' as const })),
  });
}

function required(fields: Record<string, string>, ...names: string[]): Outcome<never> | undefined {
  const absent = missing(fields, names);
  return absent.length > 0 ? failure({ code: 'INVALID_INPUT', fields: absent }) : undefined;
}

function optionalDate(value: string | undefined): string | undefined | false {
  if (!value?.trim()) return undefined;
  return DATE.test(value.trim()) ? value.trim() : false;
}

function contactChannel(value: string | undefined): ContactChannel | undefined {
  return (CONTACT_CHANNELS as readonly string[]).includes(value ?? '')
    ? (value as ContactChannel)
    : undefined;
}

/** Field limits as the API's schemas set them, so a form cannot store more than the API would. */
function tooLong(fields: Record<string, string>, limits: Record<string, number>): Outcome<never> | undefined {
  const over = Object.entries(limits).filter(([name, max]) => (fields[name] ?? '').length > max);
  return over.length > 0 ? invalid(...over.map(([name]) => name)) : undefined;
}

export const CASE_FORM_ACTIONS: Readonly<Record<string, FormAction>> = {
  take: (ctx, staff, ref) => assignCase(ctx, staff, { ...ref, ownerId: staff.id }, 'console'),
  assign: (ctx, staff, ref, f) =>
    assignCase(ctx, staff, { ...ref, ownerId: f.ownerId?.trim() || null }, 'console'),
  start_investigation: (ctx, staff, ref) => startInvestigation(ctx, staff, ref, 'console'),
  take_escalation: (ctx, staff, ref) => takeEscalation(ctx, staff, ref, 'console'),
  close: (ctx, staff, ref) => closeCase(ctx, staff, ref, 'console'),
  add_note: async (ctx, staff, ref, f) =>
    required(f, 'text') ??
    tooLong(f, { text: 10_000 }) ??
    addNote(ctx, staff, { ...ref, text: f.text ?? '' }, 'console'),
  log_contact: async (ctx, staff, ref, f) => {
    const refused = required(f, 'summary') ?? tooLong(f, { summary: 10_000 });
    if (refused) return refused;
    const channel = contactChannel(f.channel);
    const nextUpdateBy = optionalDate(f.nextUpdateBy);
    if (!channel) return invalid('channel');
    if (nextUpdateBy === false) return invalid('nextUpdateBy');
    return logContact(
      ctx,
      staff,
      {
        ...ref,
        contactChannel: channel,
        direction: f.direction === 'outbound' ? 'outbound' : 'inbound',
        summary: f.summary ?? '',
        ...(nextUpdateBy ? { nextUpdateBy } : {}),
      },
      'console',
    );
  },
  send_message: async (ctx, staff, ref, f) => {
    const refused = required(f, 'text') ?? tooLong(f, { text: 10_000 });
    if (refused) return refused;
    const nextUpdateBy = optionalDate(f.nextUpdateBy);
    if (nextUpdateBy === false) return invalid('nextUpdateBy');
    return sendMessage(
      ctx,
      staff,
      {
        ...ref,
        template: f.template === 'information_request' ? 'information_request' : 'progress_update',
        text: f.text ?? '',
        ...(f.medium === 'email' || f.medium === 'letter' ? { medium: f.medium } : {}),
        ...(nextUpdateBy ? { nextUpdateBy } : {}),
      },
      'console',
    );
  },
  give_outcome: async (ctx, staff, ref, f) =>
    required(f, 'text') ??
    tooLong(f, { text: 20_000, remedy: 2_000 }) ??
    giveOutcome(
      ctx,
      staff,
      { ...ref, text: f.text ?? '', ...(f.remedy?.trim() ? { remedy: f.remedy } : {}) },
      'console',
    ),
  give_final_response: async (ctx, staff, ref, f) =>
    required(f, 'text') ??
    tooLong(f, { text: 20_000, remedy: 2_000 }) ??
    giveFinalResponse(
      ctx,
      staff,
      { ...ref, text: f.text ?? '', ...(f.remedy?.trim() ? { remedy: f.remedy } : {}) },
      'console',
    ),
  record_outcome_reply: async (ctx, staff, ref, f) => {
    if (f.accepted !== 'yes' && f.accepted !== 'no') {
      return failure({ code: 'INVALID_INPUT', fields: [{ field: '/accepted', rule: 'required' }] });
    }
    return (
      tooLong(f, { customerWords: 10_000 }) ??
      recordOutcomeReply(
        ctx,
        staff,
        {
          ...ref,
          accepted: f.accepted === 'yes',
          ...(f.customerWords?.trim() ? { customerWords: f.customerWords } : {}),
        },
        'console',
      )
    );
  },
  request_escalation: async (ctx, staff, ref, f) => {
    const refused = required(f, 'customerWords') ?? tooLong(f, { customerWords: 10_000 });
    if (refused) return refused;
    const via = contactChannel(f.requestedVia);
    if (!via) return invalid('requestedVia');
    return requestEscalation(
      ctx,
      staff,
      {
        ...ref,
        customerWords: f.customerWords ?? '',
        requestedVia: via,
        ...(f.level === '3' ? { level: 3 as const } : {}),
      },
      'console',
    );
  },
  record_remedy: async (ctx, staff, ref, f) => {
    const refused = required(f, 'carriedOutOn', 'text') ?? tooLong(f, { text: 5_000 });
    if (refused) return refused;
    const day = optionalDate(f.carriedOutOn);
    if (!day) return invalid('carriedOutOn');
    return recordRemedyCarriedOut(ctx, staff, { ...ref, carriedOutOn: day, text: f.text ?? '' }, 'console');
  },
  send_ombudsman_letter: (ctx, staff, ref) => sendOmbudsmanLetter(ctx, staff, ref, 'console'),
  send_delay_notice: async (ctx, staff, ref, f) => {
    const refused = required(f, 'reason', 'expectedResponseBy') ?? tooLong(f, { reason: 5_000 });
    if (refused) return refused;
    const day = optionalDate(f.expectedResponseBy);
    if (!day) return invalid('expectedResponseBy');
    return sendDelayNotice(
      ctx,
      staff,
      { ...ref, reason: f.reason ?? '', expectedResponseBy: day },
      'console',
    );
  },
  convert_to_complaint: async (ctx, staff, ref, f) =>
    tooLong(f, { reason: 5_000 }) ??
    convertToComplaint(ctx, { ...ref, ...(f.reason?.trim() ? { reason: f.reason } : {}) }, staff, 'console'),
  'contact-details': async (ctx, staff, ref, f) => {
    const refused = tooLong(f, { email: 254, phone: 50, postalAddress: 500 });
    if (refused) return refused;
    const email = f.email?.trim() ?? '';
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return invalid('email');
    if (!isPreferredContact(f.preferredContact)) return invalid('preferredContact');
    return changeContactDetails(
      ctx,
      staff,
      {
        ...ref,
        email: email || null,
        phone: f.phone?.trim() || null,
        postalAddress: f.postalAddress?.trim() || null,
        preferredContact: f.preferredContact,
      },
      'console',
    );
  },
  identity: async (ctx, staff, ref, f) => {
    if (f.result !== 'passed' && f.result !== 'failed') {
      return failure({ code: 'INVALID_INPUT', fields: [{ field: '/result', rule: 'required' }] });
    }
    const method = f.method === 'security_question' ? 'security_question' : 'account_pin';
    return recordIdentityCheck(
      ctx,
      staff,
      { trackingNumber: ref.trackingNumber, method, result: f.result },
      'console',
    );
  },
  'identity-code': async (ctx, staff, ref) => sendIdentityCode(ctx, staff, ref.trackingNumber, 'console'),
  'identity-code-check': async (ctx, staff, ref, f) => {
    const code = (f.code ?? '').trim();
    if (!/^\d{6}$/.test(code))
      return failure({ code: 'INVALID_INPUT', fields: [{ field: '/code', rule: 'codeIncorrect' }] });
    return verifyIdentityCode(ctx, staff, { trackingNumber: ref.trackingNumber, code }, 'console');
  },
};

/** Actions that record something without changing the case (no version needed). */
export const UNVERSIONED_ACTIONS: ReadonlySet<string> = new Set([
  'identity',
  'identity-code',
  'identity-code-check',
]);
