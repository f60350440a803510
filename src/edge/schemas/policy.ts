import { type Static, Type } from 'typebox';
import { stringEnum } from '../../app/input-schema.js';
import { CASE_KINDS } from '../../domain/case-lifecycle.js';
import { CATEGORIES, CUSTOMER_TYPES } from '../../domain/complaint.js';
import { DURATION_UNITS, OMBUDSMAN_MOMENTS, URGENT_REASONS } from '../../domain/policy.js';

const Duration = Type.Object(
  { amount: Type.Integer({ minimum: 0, maximum: 365 }), unit: stringEnum(DURATION_UNITS) },
  { additionalProperties: false },
);

const timeFields = {
  acknowledgement: Duration,
  investigation: Duration,
  updateInterval: Duration,
  escalationLevel2: Duration,
  escalationLevel3: Duration,
  finalResponseCap: Type.Union([Duration, Type.Null()]),
  remedy: Type.Union([Duration, Type.Null()]),
};
const Times = Type.Object(timeFields, { additionalProperties: false });
const PartialTimes = Type.Partial(Times);

/** A policy's rules (C6–C10), as the API accepts a new version of them. */
export const PolicyRulesSchema = Type.Object(
  {
    times: Times,
    overrides: Type.Array(
      Type.Object(
        {
          match: Type.Object(
            {
              kind: Type.Optional(stringEnum(CASE_KINDS)),
              category: Type.Optional(stringEnum(CATEGORIES)),
              customerType: Type.Optional(stringEnum(CUSTOMER_TYPES)),
            },
            { additionalProperties: false },
          ),
          times: PartialTimes,
        },
        { additionalProperties: false },
      ),
      { maxItems: 100, description: 'Later entries win where several match' },
    ),
    urgent: Type.Object(
      { reasons: Type.Array(stringEnum(URGENT_REASONS), { maxItems: 10 }), times: PartialTimes },
      { additionalProperties: false },
    ),
    ombudsman: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 200 }),
        website: Type.String({ maxLength: 300 }),
        phone: Type.String({ maxLength: 50 }),
        noticeAt: Type.Array(stringEnum(OMBUDSMAN_MOMENTS), { maxItems: 10 }),
        weeksAfterReceipt: Type.Union([Type.Integer({ minimum: 1, maximum: 52 }), Type.Null()]),
      },
      { additionalProperties: false },
    ),
    quickResolutionSummary: Type.Object(
      { enabled: Type.Boolean(), withinBusinessDays: Type.Integer({ minimum: 0, maximum: 60 }) },
      { additionalProperties: false },
    ),
    smallBusinessMonthlyBillLimit: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
  },
  { additionalProperties: false },
);
export type PolicyRulesBody = Static<typeof PolicyRulesSchema>;

export const PolicySchema = Type.Object({
  policyId: Type.String(),
  version: Type.Integer(),
  name: Type.String(),
  country: Type.String(),
  active: Type.Boolean({ description: 'Whether the organisation runs this policy' }),
  rules: PolicyRulesSchema,
});

export const PolicyDetailSchema = Type.Object({
  ...PolicySchema.properties,
  history: Type.Array(
    Type.Object({
      version: Type.Integer(),
      note: Type.String(),
      createdAt: Type.String({ format: 'date-time' }),
      createdBy: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
