import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Static, type TObject, Type } from 'typebox';
import type { StaffMember } from '../app/auth/staff-member.js';
import { addNote } from '../app/casework/add-note.js';
import { assignCase } from '../app/casework/assign-case.js';
import { changeContactDetails } from '../app/casework/change-contact-details.js';
import { closeCase } from '../app/casework/close-case.js';
import { giveFinalResponse, giveOutcome } from '../app/casework/give-outcome.js';
import { CONTACT_CHANNELS, CONTACT_DIRECTIONS, logContact } from '../app/casework/log-contact.js';
import { recordOutcomeReply } from '../app/casework/record-outcome-reply.js';
import { recordRemedyCarriedOut } from '../app/casework/record-remedy.js';
import { requestEscalation } from '../app/casework/request-escalation.js';
import { sendDelayNotice } from '../app/casework/send-delay-notice.js';
import { sendMessage } from '../app/casework/send-message.js';
import { sendOmbudsmanLetter } from '../app/casework/send-ombudsman-letter.js';
import { startInvestigation } from '../app/casework/start-investigation.js';
import { takeEscalation } from '../app/casework/take-escalation.js';
import type { AppContext } from '../app/context.js';
import type { Outcome } from '../app/errors.js';
import { PREFERRED_CONTACTS } from '../domain/complaint.js';
import { MESSAGE_MEDIA, WRITABLE_TEMPLATES } from '../domain/customer-message.js';
import {
  CaseChangedSchema,
  caseChanged,
  expectedVersion,
  sendRefusal,
  sendVersionMissing,
  staffOf,
  TrackingNumberParams,
  trackingNumberOf,
  VersionField,
} from './case-route-kit.js';
import { problemResponses } from './problem-schema.js';
import { stringEnum } from './schemas/case-submission.js';
import { requireStaffSession } from './staff-auth.js';

const text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) });
const localDate = (description: string) => Type.String({ format: 'date', description });

interface ChangedCase {
  tracking_number: string;
  version: number;
  status: string;
  escalation_level: number;
}

interface CaseCommand<B extends TObject> {
  path: string;
  summary: string;
  description?: string;
  body: B;
  run: (
    staff: StaffMember,
    trackingNumber: string,
    body: Static<B>,
    version: number,
  ) => Promise<Outcome<ChangedCase>>;
}

/**
 * Every console action on a case, as an API operation (so a telephony system or a CRM can drive
 * it). Each carries the case version it is based on (`If-Match` or `version`); a stale one gets
 * 409 with the events since.
 */
export const caseWorkRoutes: FastifyPluginAsyncTypebox<{
  ctx: AppContext;
  messageQueued: () => void;
}> = async (app, { ctx, messageQueued }) => {
  app.addHook('onRequest', requireStaffSession(ctx));

  function command<B extends TObject>(spec: CaseCommand<B>) {
    const body = Type.Object(
      { ...spec.body.properties, version: VersionField },
      { additionalProperties: false },
    );
    app.post(
      `/api/v1/cases/:trackingNumber/${spec.path}`,
      {
        schema: {
          tags: ['case work'],
          summary: spec.summary,
          ...(spec.description ? { description: spec.description } : {}),
          security: [{ staffSession: [], csrfToken: [] }],
          params: TrackingNumberParams,
          body,
          response: { 200: CaseChangedSchema, ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (request, reply) => {
        const staff = await staffOf(ctx, request, reply);
        if (!staff) return reply;
        const trackingNumber = trackingNumberOf(request, reply);
        if (!trackingNumber) return reply;
        const requestBody = request.body as Static<B> & { version?: number };
        const version = expectedVersion(request, requestBody.version);
        if (version === undefined || Number.isNaN(version)) {
          return sendVersionMissing(request, reply, version !== undefined);
        }
        const result = await spec.run(staff, trackingNumber, requestBody, version);
        if (!result.ok) return sendRefusal(request, reply, result);
        messageQueued();
        return reply.header('etag', `"${result.value.version}"`).send(caseChanged(result.value));
      },
    );
  }

  command({
    path: 'investigation',
    summary: 'Start investigating an acknowledged case',
    body: Type.Object({}),
    run: (staff, trackingNumber, _body, version) =>
      startInvestigation(ctx, staff, { trackingNumber, expectedVersion: version }, 'api'),
  });

  command({
    path: 'assignment',
    summary: 'Give the case to someone (managers), or take it yourself',
    body: Type.Object({
      ownerId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
      teamId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    }),
    run: (staff, trackingNumber, body, version) =>
      assignCase(
        ctx,
        staff,
        {
          trackingNumber,
          expectedVersion: version,
          ownerId: body.ownerId,
          ...(body.teamId !== undefined ? { teamId: body.teamId } : {}),
        },
        'api',
      ),
  });

  command({
    path: 'notes',
    summary: 'Add an internal note (never shown to the customer)',
    body: Type.Object({ text: text(10_000) }),
    run: (staff, trackingNumber, body, version) =>
      addNote(ctx, staff, { trackingNumber, expectedVersion: version, text: body.text }, 'api'),
  });

  command({
    path: 'contacts',
    summary: 'Log a contact with the customer and the date of the next update (C7)',
    body: Type.Object({
      channel: stringEnum(CONTACT_CHANNELS),
      direction: stringEnum(CONTACT_DIRECTIONS),
      summary: text(10_000),
      nextUpdateBy: Type.Optional(localDate('When the customer hears from us again (YYYY-MM-DD)')),
    }),
    run: (staff, trackingNumber, body, version) =>
      logContact(
        ctx,
        staff,
        {
          trackingNumber,
          expectedVersion: version,
          contactChannel: body.channel,
          direction: body.direction,
          summary: body.summary,
          ...(body.nextUpdateBy ? { nextUpdateBy: body.nextUpdateBy } : {}),
        },
        'api',
      ),
  });

  command({
    path: 'messages',
    summary: 'Write to the customer from a template, by email or as a letter to print (C7)',
    description: 'Preview the exact text first with POST …/messages/preview.',
    body: Type.Object({
      template: stringEnum(WRITABLE_TEMPLATES),
      text: text(10_000),
      medium: Type.Optional(stringEnum(MESSAGE_MEDIA, 'By default the customer’s preference')),
      nextUpdateBy: Type.Optional(localDate('For a progress update: when the next one comes')),
    }),
    run: (staff, trackingNumber, body, version) =>
      sendMessage(
        ctx,
        staff,
        {
          trackingNumber,
          expectedVersion: version,
          template: body.template,
          text: body.text,
          ...(body.medium ? { medium: body.medium } : {}),
          ...(body.nextUpdateBy ? { nextUpdateBy: body.nextUpdateBy } : {}),
        },
        'api',
      ),
  });

  command({
    path: 'ombudsman-letter',
    summary: 'Tell the customer now that they can take the complaint to the ombudsman (deadlock, C10)',
    body: Type.Object({}),
    run: (staff, trackingNumber, _body, version) =>
      sendOmbudsmanLetter(ctx, staff, { trackingNumber, expectedVersion: version }, 'api'),
  });

  command({
    path: 'delay-notice',
    summary: 'Tell the customer the expected date cannot be kept: why, and the new date (C8)',
    description: 'Moves the expected date; the customer gets the notice in their language.',
    body: Type.Object({
      reason: text(5_000),
      expectedResponseBy: localDate('The new expected date, after the current one'),
    }),
    run: (staff, trackingNumber, body, version) =>
      sendDelayNotice(
        ctx,
        staff,
        {
          trackingNumber,
          expectedVersion: version,
          reason: body.reason,
          expectedResponseBy: body.expectedResponseBy,
        },
        'api',
      ),
  });

  command({
    path: 'contact-details',
    summary: 'Change the customer’s contact details (needs a passed identity check, C4)',
    body: Type.Object({
      email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()])),
      phone: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 50 }), Type.Null()])),
      postalAddress: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 500 }), Type.Null()])),
      preferredContact: Type.Optional(stringEnum(PREFERRED_CONTACTS)),
    }),
    run: (staff, trackingNumber, body, version) =>
      changeContactDetails(ctx, staff, { trackingNumber, expectedVersion: version, ...body }, 'api'),
  });

  const answer = Type.Object({
    text: text(20_000, 'The decision and its reasons, as the customer will read them'),
    remedy: Type.Optional(
      Type.String({ maxLength: 2_000, description: 'What will be done to put it right' }),
    ),
  });

  command({
    path: 'outcome',
    summary: 'Give the outcome (C8): at level 1 an advisor, at level 2 a senior manager',
    description: 'Sent to the customer at once, with how to escalate if they are not satisfied.',
    body: answer,
    run: (staff, trackingNumber, body, version) =>
      giveOutcome(ctx, staff, { trackingNumber, expectedVersion: version, ...body }, 'api'),
  });

  command({
    path: 'final-response',
    summary: 'Give the final response (C9) at level 2 or 3, with the way to the ombudsman (C10)',
    body: answer,
    run: (staff, trackingNumber, body, version) =>
      giveFinalResponse(ctx, staff, { trackingNumber, expectedVersion: version, ...body }, 'api'),
  });

  command({
    path: 'outcome-reply',
    summary: 'Record whether the customer accepts the outcome (not accepting escalates it)',
    body: Type.Object({
      accepted: Type.Boolean(),
      customerWords: Type.Optional(Type.String({ maxLength: 10_000 })),
    }),
    run: (staff, trackingNumber, body, version) =>
      recordOutcomeReply(ctx, staff, { trackingNumber, expectedVersion: version, ...body }, 'api'),
  });

  command({
    path: 'remedy',
    summary: 'Record that the promised remedy was carried out (C8)',
    body: Type.Object({
      carriedOutOn: localDate('The day it was done (YYYY-MM-DD)'),
      text: text(5_000, 'What was done, as the customer will read it'),
    }),
    run: (staff, trackingNumber, body, version) =>
      recordRemedyCarriedOut(ctx, staff, { trackingNumber, expectedVersion: version, ...body }, 'api'),
  });

  command({
    path: 'escalations',
    summary: 'Record a customer’s escalation request from a call or letter (C9)',
    description:
      'The customer’s words are quoted. By default the case goes to the next level; `level: 3` when the ' +
      'customer asks for the head of support directly.',
    body: Type.Object({
      customerWords: text(10_000),
      requestedVia: stringEnum(CONTACT_CHANNELS),
      level: Type.Optional(Type.Union([Type.Literal(2), Type.Literal(3)])),
    }),
    run: (staff, trackingNumber, body, version) =>
      requestEscalation(
        ctx,
        staff,
        {
          trackingNumber,
          expectedVersion: version,
          customerWords: body.customerWords,
          requestedVia: body.requestedVia,
          ...(body.level ? { level: body.level } : {}),
        },
        'api',
      ),
  });

  command({
    path: 'escalation-taken',
    summary: 'Take an escalated case (senior manager at level 2, head of support at level 3)',
    body: Type.Object({}),
    run: (staff, trackingNumber, _body, version) =>
      takeEscalation(ctx, staff, { trackingNumber, expectedVersion: version }, 'api'),
  });

  command({
    path: 'closure',
    summary: 'Close the case',
    body: Type.Object({}),
    run: (staff, trackingNumber, _body, version) =>
      closeCase(ctx, staff, { trackingNumber, expectedVersion: version }, 'api'),
  });
};
