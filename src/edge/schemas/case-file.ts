import { Type } from 'typebox';
import { stringEnum } from '../../app/input-schema.js';
import { CASE_ACTIONS } from '../../domain/case-actions.js';
import { CASE_KINDS, CASE_STATUSES } from '../../domain/case-lifecycle.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const dateTime = Type.String({ format: 'date-time' });
const localDate = Type.String({ format: 'date' });
const Person = nullable(Type.Object({ id: Type.String(), displayName: Type.String() }));
const Team = nullable(Type.Object({ id: Type.String(), name: Type.String() }));

const summaryFields = {
  trackingNumber: Type.String(),
  version: Type.Integer({ description: 'Send it back with a change (If-Match or `version`)' }),
  kind: stringEnum(CASE_KINDS),
  status: stringEnum(CASE_STATUSES),
  escalationLevel: Type.Integer({ minimum: 1, maximum: 3 }),
  remedyPromised: Type.Boolean(),
  channel: Type.String(),
  language: Type.String(),
  receivedAt: dateTime,
  recordedAt: dateTime,
  acknowledgedAt: nullable(dateTime),
  expectedResponseBy: nullable(localDate),
  nextUpdateBy: nullable(localDate),
  dueOn: nullable(Type.String({ format: 'date', description: 'The earliest date owed to the customer' })),
  owner: Person,
  team: Team,
};

export const CaseSummarySchema = Type.Object({
  ...summaryFields,
  customerName: Type.String(),
  category: nullable(Type.String()),
  customerType: nullable(Type.String()),
});

export const CaseListSchema = Type.Object({
  items: Type.Array(CaseSummarySchema),
  nextCursor: nullable(Type.String({ description: 'Pass as `cursor` for the next page' })),
});

export const CustomerDetailsSchema = Type.Object({
  name: Type.String(),
  email: nullable(Type.String()),
  phone: nullable(Type.String()),
  postalAddress: nullable(Type.String()),
  accountNumber: nullable(Type.String()),
});

export const TimelineEntrySchema = Type.Object({
  id: Type.Integer(),
  caseVersion: Type.Integer(),
  type: Type.String(),
  actor: Type.Object({ type: Type.String(), id: nullable(Type.String()) }),
  actorName: nullable(Type.String()),
  channel: Type.String(),
  occurredAt: dateTime,
  data: Type.Object({}, { additionalProperties: true }),
  customerVisible: Type.Boolean(),
  message: Type.Optional(
    Type.Object(
      {
        id: Type.String(),
        direction: Type.String(),
        medium: Type.String(),
        from: nullable(Type.String()),
        to: Type.String(),
        subject: nullable(Type.String()),
        text: nullable(Type.String()),
        status: Type.String(),
        sha256: nullable(Type.String()),
      },
      { description: 'The message this event sent or received, exactly as stored' },
    ),
  ),
});

export const CaseFileSchema = Type.Object({
  ...summaryFields,
  customer: Type.Object({
    ...CustomerDetailsSchema.properties,
    masked: Type.Boolean({ description: 'C4: masked until an identity check passes' }),
    type: nullable(Type.String()),
    region: nullable(Type.String()),
    preferredContact: nullable(Type.String()),
  }),
  identityVerifiedUntil: nullable(dateTime),
  service: nullable(Type.String()),
  category: nullable(Type.String()),
  description: nullable(Type.String()),
  history: nullable(Type.String()),
  desiredOutcome: nullable(Type.String()),
  references: Type.Array(Type.Object({ reference: Type.String(), trackingNumber: nullable(Type.String()) })),
  attachments: Type.Array(
    Type.Object({
      id: Type.String(),
      fileName: Type.String(),
      mediaType: Type.String(),
      sizeBytes: Type.Integer(),
    }),
  ),
  timeline: Type.Array(TimelineEntrySchema),
  actions: Type.Array(stringEnum(CASE_ACTIONS), { description: 'What the caller may do next' }),
  delayNoticeDue: nullable(
    Type.String({
      format: 'date',
      description:
        'C8: the expected date is near; the owner owes the outcome or a delay notice (POST …/delay-notice)',
    }),
  ),
  ombudsmanNoticeSentAt: nullable(dateTime),
  calendar: Type.Object(
    { country: Type.String(), region: Type.String(), timeZone: Type.String() },
    { description: 'C6: the calendar the dates follow' },
  ),
  urgentReason: nullable(Type.String()),
  policy: Type.Union([Type.Object({ id: Type.String(), version: Type.Integer() }), Type.Null()], {
    description: 'C6: the policy version the promises were made under',
  }),
});
