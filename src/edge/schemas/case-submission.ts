import { type Static, Type } from 'typebox';
import { stringEnum } from '../../app/input-schema.js';
import { CASE_KINDS } from '../../domain/case-lifecycle.js';
import { INTAKE_CHANNELS } from '../../domain/channel.js';
import { CATEGORIES, CUSTOMER_TYPES, PREFERRED_CONTACTS, SERVICES } from '../../domain/complaint.js';
import { URGENT_REASONS } from '../../domain/policy.js';
import { AUSTRALIAN_REGIONS, CANADIAN_REGIONS, UK_REGIONS } from '../../domain/region.js';

const text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });

export const CustomerSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.Optional(
      Type.String({
        format: 'email',
        maxLength: 254,
        description: 'Required unless preferredContact is post',
      }),
    ),
    phone: Type.Optional(text(50, 'Any text: spaces, dashes and extensions are kept as given')),
    postalAddress: Type.Optional(text(500, 'Required when preferredContact is post')),
    accountNumber: Type.Optional(text(100, 'Any text, letters included')),
    type: stringEnum(CUSTOMER_TYPES),
    province: Type.Optional(
      stringEnum(CANADIAN_REGIONS, 'Decides the business-day calendar; default: the organisation’s'),
    ),
    country: Type.Optional(
      stringEnum(
        ['CA', 'AU', 'GB'] as const,
        'ISO 3166 code; outside Canada, give `region` too (default CA)',
      ),
    ),
    region: Type.Optional(
      stringEnum(
        [...AUSTRALIAN_REGIONS, ...UK_REGIONS],
        'Outside Canada: the Australian state or territory, or the UK nation (ENG, NIR, SCT, WLS) whose calendar applies',
      ),
    ),
  },
  { additionalProperties: false },
);

const submissionFields = {
  language: Type.Optional(
    Type.String({ maxLength: 35, description: 'en, fr, nl or it; anything else falls back to en' }),
  ),
  customer: CustomerSchema,
  urgentReason: Type.Optional(
    stringEnum(URGENT_REASONS, 'Why it cannot wait: the policy gives urgent cases shorter times'),
  ),
  service: stringEnum(SERVICES),
  category: stringEnum(CATEGORIES),
  description: Type.String({ minLength: 1, maxLength: 20000, description: 'What happened' }),
  history: Type.Optional(text(20000, 'What has happened so far (C3)')),
  references: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
      maxItems: 20,
      description: 'Earlier case numbers (C3)',
    }),
  ),
  desiredOutcome: Type.Optional(text(5000)),
  preferredContact: Type.Optional(stringEnum(PREFERRED_CONTACTS, 'Default: email')),
};

/** `POST /api/v1/complaints`: what a customer files themselves. */
export const ComplaintFilingSchema = Type.Object(
  { kind: Type.Optional(stringEnum(CASE_KINDS, 'Default: complaint')), ...submissionFields },
  { additionalProperties: false },
);
export type ComplaintFiling = Static<typeof ComplaintFilingSchema>;

/** `POST /api/v1/cases`: what an advisor records from a call, letter, chat, email or support case. */
export const CaseRecordingSchema = Type.Object(
  {
    kind: stringEnum(CASE_KINDS),
    channel: stringEnum(
      INTAKE_CHANNELS.filter((c) => c !== 'web'),
      'How the case reached us (C2)',
    ),
    receivedAt: Type.Optional(
      Type.String({
        format: 'date-time',
        description: 'When it reached us; for a letter, the day it arrived. Default: now',
      }),
    ),
    resolvedAtFirstContact: Type.Optional(
      Type.Object(
        { summary: Type.String({ minLength: 1, maxLength: 5000, description: 'What was agreed (C5)' }) },
        { additionalProperties: false },
      ),
    ),
    ...submissionFields,
  },
  { additionalProperties: false },
);
export type CaseRecording = Static<typeof CaseRecordingSchema>;

export const AcknowledgementSchema = Type.Object({
  trackingNumber: Type.String({ examples: ['RDX-7K4M-9QX2'] }),
  status: Type.String(),
  acknowledgement: Type.Object({
    receivedAt: Type.String({ format: 'date-time' }),
    recordedAt: Type.String({ format: 'date-time' }),
    procedure: Type.Array(Type.String()),
    expectedResponseBy: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
    medium: Type.String({ enum: ['email', 'letter'] }),
    message: Type.String(),
  }),
});
