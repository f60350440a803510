import { Type } from 'typebox';
import { stringEnum } from '../../app/input-schema.js';
import { STAFF_SHOWN_TO_CUSTOMERS } from '../../domain/organisation.js';
import { CANADIAN_REGIONS } from '../../domain/region.js';

const days = Type.Integer({ minimum: 0, maximum: 250 });

/** The organisation's settings (C11), as the API and the admin page accept them. */
export const OrganisationSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    complaintsPhone: Type.String({ minLength: 1, maxLength: 50 }),
    postalAddress: Type.String({ minLength: 1, maxLength: 500 }),
    website: Type.String({ maxLength: 300 }),
    defaultRegion: stringEnum(CANADIAN_REGIONS, 'Calendar for customers who give no province'),
    trackingPrefix: Type.String({ pattern: '^[A-Z]{2,6}$', description: '2 to 6 capital letters' }),
    responseBusinessDays: Type.Object(
      { complaint: days, inquiry: days },
      { additionalProperties: false, description: 'Business days to the expected response' },
    ),
    ombudsman: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 200 }),
        website: Type.String({ maxLength: 300 }),
        phone: Type.String({ maxLength: 50 }),
      },
      { additionalProperties: false },
    ),
    closureDays: Type.Array(Type.String({ format: 'date' }), {
      maxItems: 400,
      description: 'The organisation’s own closed days (YYYY-MM-DD)',
    }),
    staffShownToCustomers: Type.Optional(
      stringEnum(
        STAFF_SHOWN_TO_CUSTOMERS,
        'How customers see who acted on their case: role only (default), or first name and role',
      ),
    ),
    activePolicyId: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9][a-z0-9-]{1,39}$',
        description: 'C6: the policy in force (GET /api/v1/policies); switching brings its ombudsman',
      }),
    ),
    reminderHoursBefore: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 720,
        description: 'C7: hours before a promised date its owner is reminded',
      }),
    ),
    automaticProgressNotice: Type.Optional(
      Type.Boolean({
        description: 'C7: a missed update sends the customer a short automatic progress notice',
      }),
    ),
  },
  { additionalProperties: false },
);
