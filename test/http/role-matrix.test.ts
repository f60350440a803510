import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANADA_CCTS } from '../../src/domain/policy-presets.js';
import { ADMIN_ENV, aComplaint } from '../support/api-client.js';
import { colleague, phoneComplaint, type StaffClient, signInAs, versionOf } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

/**
 * The role × route matrix: every staff operation of the API, for every role and for nobody
 * signed in. A new staff route fails the first test until it is added here.
 */
type Role = 'advisor' | 'senior_manager' | 'head_of_support' | 'admin';
const ROLES: readonly Role[] = ['advisor', 'senior_manager', 'head_of_support', 'admin'];
const EVERYONE = ROLES;
const MANAGERS: readonly Role[] = ['senior_manager', 'head_of_support', 'admin'];
const HEADS: readonly Role[] = ['head_of_support', 'admin'];
const ADMINS: readonly Role[] = ['admin'];

interface Request {
  path: string;
  body?: unknown;
}

interface Scenario {
  /** The route as the OpenAPI document names it. */
  route: string;
  /** What this scenario checks, besides the route. */
  situation?: string;
  allowed: readonly Role[];
  /** Prepares what the request needs (as an admin, or as the role) and returns it. */
  request: (as: StaffClient, role: Role) => Promise<Request>;
}

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: StaffClient;
const people = new Map<Role, StaffClient & { id: string; email: string }>();

beforeAll(async () => {
  server = await startTestServer(ADMIN_ENV);
  admin = await signInAs(server);
  for (const role of ROLES) people.set(role, await colleague(server, admin, role));
});

afterAll(async () => {
  await server?.stop();
});

const version = (tn: string) => versionOf(admin, tn);
const newCase = (overrides: Record<string, unknown> = {}) => phoneComplaint(admin, overrides);

async function step(tn: string, path: string, body: Record<string, unknown> = {}): Promise<void> {
  const answer = await admin.post(`/api/v1/cases/${tn}/${path}`, { ...body, version: await version(tn) });
  if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
}

const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A multipart body with a one-pixel PNG in `attachments`. */
function pixelUpload(): FormData {
  const form = new FormData();
  form.append('attachments', new Blob([new Uint8Array(PIXEL)], { type: 'image/png' }), 'pixel.png');
  return form;
}

/** A case filed with a one-pixel PNG; answers its tracking number and the document's id. */
async function caseWithDocument(): Promise<{ tn: string; documentId: string }> {
  const form = pixelUpload();
  form.append('data', JSON.stringify(aComplaint()));
  const filed = await fetch(`${server.url}/api/v1/complaints`, { method: 'POST', body: form });
  const { trackingNumber } = (await filed.json()) as { trackingNumber: string };
  const file = await admin.get<{ attachments: { id: string }[] }>(`/api/v1/cases/${trackingNumber}`);
  return { tn: trackingNumber, documentId: file.body.attachments[0]?.id ?? '' };
}

/** The acknowledgement letter of a new case for a customer who prefers post: its message id. */
async function postalLetter(): Promise<string> {
  const tn = await newCase({
    customer: {
      name: 'Pat Post',
      postalAddress: '1 Main St, Ottawa ON',
      type: 'residential',
      province: 'ON',
    },
    preferredContact: 'post',
  });
  const row = await server.storage.database.db
    .selectFrom('message')
    .select('message.id')
    .innerJoin('complaint_case as c', 'c.id', 'message.case_id')
    .where('c.tracking_number', '=', tn)
    .where('message.medium', '=', 'letter')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An email held for staff to sort (as the inbound listener stores one), straight into the table. */
async function heldEmail(): Promise<string> {
  const n = Math.random().toString(36).slice(2, 10);
  const row = await server.storage.database.db
    .insertInto('message')
    .values({
      direction: 'in',
      recipient: 'complaints@provider.example',
      sender: `Held Sender <held-${n}@example.org>`,
      language: 'en',
      template: null,
      payload: JSON.stringify({ from: `held-${n}@example.org`, heldBecause: 'not_the_customer' }),
      subject: `Held ${n}`,
      text_body: 'Please sort me.',
      status: 'held',
      message_id: `<held-${n}@example.org>`,
      created_at: new Date(),
      received_at: new Date(),
      next_attempt_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function escalatedTo(level: 2 | 3): Promise<string> {
  const tn = await newCase();
  await step(tn, 'escalations', { customerWords: 'Escalate, please.', requestedVia: 'phone', level });
  return tn;
}

async function takenAt(level: 2 | 3): Promise<string> {
  const tn = await escalatedTo(level);
  await step(tn, 'escalation-taken');
  return tn;
}

async function outcomeGiven(remedy?: string): Promise<string> {
  const tn = await newCase();
  await step(tn, 'outcome', { text: 'Refunded.', ...(remedy ? { remedy } : {}) });
  return tn;
}

async function withVersion(tn: string, path: string, body: Record<string, unknown> = {}): Promise<Request> {
  return { path: `/api/v1/cases/${tn}/${path}`, body: { ...body, version: await version(tn) } };
}

const SCENARIOS: Scenario[] = [
  {
    route: 'GET /api/v1/auth/session',
    allowed: EVERYONE,
    request: async () => ({ path: '/api/v1/auth/session' }),
  },
  {
    route: 'POST /api/v1/auth/logout',
    allowed: EVERYONE,
    request: async () => ({ path: '/api/v1/auth/logout' }),
  },
  {
    route: 'POST /api/v1/auth/logout-everywhere',
    allowed: EVERYONE,
    request: async () => ({ path: '/api/v1/auth/logout-everywhere' }),
  },
  {
    route: 'POST /api/v1/cases',
    allowed: EVERYONE,
    request: async () => ({
      path: '/api/v1/cases',
      body: {
        kind: 'complaint',
        channel: 'letter',
        language: 'en',
        customer: { name: 'Ida Lee', email: 'ida@example.org', type: 'residential' },
        service: 'voice',
        category: 'service_delivery',
        description: 'Calls drop.',
      },
    }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/conversion',
    allowed: EVERYONE,
    request: async () => withVersion(await newCase({ kind: 'inquiry' }), 'conversion'),
  },
  {
    route: 'GET /api/v1/cases/{trackingNumber}/acknowledgement-letter',
    allowed: EVERYONE,
    request: async () => ({ path: `/api/v1/cases/${await newCase()}/acknowledgement-letter` }),
  },
  {
    route: 'GET /api/v1/settings/organisation',
    allowed: EVERYONE,
    request: async () => ({ path: '/api/v1/settings/organisation' }),
  },
  {
    route: 'PUT /api/v1/settings/organisation',
    allowed: ADMINS,
    request: async () => ({
      path: '/api/v1/settings/organisation',
      body: (await admin.get('/api/v1/settings/organisation')).body,
    }),
  },
  {
    route: 'GET /api/v1/settings/ccts-eligibility',
    allowed: EVERYONE,
    request: async () => ({ path: '/api/v1/settings/ccts-eligibility' }),
  },
  {
    route: 'PUT /api/v1/settings/ccts-eligibility',
    allowed: ADMINS,
    request: async () => ({
      path: '/api/v1/settings/ccts-eligibility',
      body: (await admin.get('/api/v1/settings/ccts-eligibility')).body,
    }),
  },
  { route: 'GET /api/v1/cases', allowed: EVERYONE, request: async () => ({ path: '/api/v1/cases' }) },
  {
    route: 'GET /api/v1/cases/{trackingNumber}',
    allowed: EVERYONE,
    request: async () => ({ path: `/api/v1/cases/${await newCase()}` }),
  },
  {
    route: 'GET /api/v1/cases/{trackingNumber}',
    situation: 'someone else’s case in no team of theirs',
    allowed: MANAGERS.filter((r) => r !== 'senior_manager'),
    request: async () => {
      const tn = await newCase();
      await step(tn, 'assignment', { ownerId: people.get('admin')?.id });
      return { path: `/api/v1/cases/${tn}` };
    },
  },
  {
    route: 'GET /api/v1/cases/{trackingNumber}/messages',
    allowed: EVERYONE,
    request: async () => ({ path: `/api/v1/cases/${await newCase()}/messages` }),
  },
  {
    route: 'GET /api/v1/cases/{trackingNumber}/messages',
    situation: 'someone else’s case in no team of theirs',
    allowed: MANAGERS.filter((r) => r !== 'senior_manager'),
    request: async () => {
      const tn = await newCase();
      await step(tn, 'assignment', { ownerId: people.get('admin')?.id });
      return { path: `/api/v1/cases/${tn}/messages` };
    },
  },
  {
    route: 'GET /api/v1/cases/{trackingNumber}/customer',
    situation: 'after the caller’s own passed identity check',
    allowed: EVERYONE,
    request: async (as) => {
      const tn = await newCase();
      await as.post(`/api/v1/cases/${tn}/identity-checks`, { method: 'account_pin', result: 'passed' });
      return { path: `/api/v1/cases/${tn}/customer` };
    },
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/identity-checks',
    allowed: EVERYONE,
    request: async () => ({
      path: `/api/v1/cases/${await newCase()}/identity-checks`,
      body: { method: 'security_question', result: 'passed' },
    }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/identity-checks/code',
    allowed: EVERYONE,
    request: async () => ({ path: `/api/v1/cases/${await newCase()}/identity-checks/code` }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/messages/preview',
    allowed: EVERYONE,
    request: async () => ({
      path: `/api/v1/cases/${await newCase()}/messages/preview`,
      body: { template: 'progress_update', text: 'Still on it.' },
    }),
  },
  {
    route: 'GET /api/v1/cases/{trackingNumber}/letters/{eventId}',
    allowed: EVERYONE,
    request: async () => {
      const tn = await newCase();
      await step(tn, 'messages', { template: 'progress_update', text: 'Still on it.', medium: 'letter' });
      const file = await admin.get<{ timeline: { id: number; type: string }[] }>(`/api/v1/cases/${tn}`);
      const event = file.body.timeline.find((e) => e.type === 'message_sent');
      return { path: `/api/v1/cases/${tn}/letters/${event?.id}` };
    },
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/investigation',
    allowed: EVERYONE,
    request: async () => withVersion(await newCase(), 'investigation'),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/assignment',
    situation: 'taking it oneself',
    allowed: EVERYONE,
    request: async (_as, role) =>
      withVersion(await newCase(), 'assignment', { ownerId: people.get(role)?.id }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/assignment',
    situation: 'giving it to someone else',
    allowed: MANAGERS,
    request: async () =>
      withVersion(await newCase(), 'assignment', { ownerId: people.get('senior_manager')?.id }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/notes',
    allowed: EVERYONE,
    request: async () => withVersion(await newCase(), 'notes', { text: 'A note.' }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/contacts',
    allowed: EVERYONE,
    request: async () =>
      withVersion(await newCase(), 'contacts', {
        channel: 'phone',
        direction: 'inbound',
        summary: 'Called.',
      }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/messages',
    allowed: EVERYONE,
    request: async () =>
      withVersion(await newCase(), 'messages', {
        template: 'information_request',
        text: 'Your bill, please.',
      }),
  },
  {
    route: 'GET /api/v1/cases/{trackingNumber}/case-file',
    allowed: MANAGERS,
    request: async () => ({ path: `/api/v1/cases/${await newCase()}/case-file` }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/ombudsman-letter',
    allowed: EVERYONE,
    request: async () => withVersion(await newCase(), 'ombudsman-letter'),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/delay-notice',
    allowed: EVERYONE,
    request: async () =>
      withVersion(await newCase(), 'delay-notice', {
        reason: 'The technician needs another visit.',
        expectedResponseBy: '2027-06-30',
      }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/contact-details',
    situation: 'after the caller’s own passed identity check',
    allowed: EVERYONE,
    request: async (as) => {
      const tn = await newCase();
      await as.post(`/api/v1/cases/${tn}/identity-checks`, { method: 'account_pin', result: 'passed' });
      return withVersion(tn, 'contact-details', { phone: '+1 613 555 0000' });
    },
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/outcome',
    situation: 'level 1',
    allowed: EVERYONE,
    request: async () => withVersion(await newCase(), 'outcome', { text: 'Refunded.' }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/outcome',
    situation: 'level 2',
    allowed: MANAGERS,
    request: async () => withVersion(await takenAt(2), 'outcome', { text: 'Refunded.' }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/final-response',
    situation: 'level 2',
    allowed: MANAGERS,
    request: async () => withVersion(await takenAt(2), 'final-response', { text: 'Final.' }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/final-response',
    situation: 'level 3',
    allowed: HEADS,
    request: async () => withVersion(await takenAt(3), 'final-response', { text: 'Final.' }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/outcome-reply',
    allowed: EVERYONE,
    request: async () => withVersion(await outcomeGiven(), 'outcome-reply', { accepted: true }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/remedy',
    allowed: EVERYONE,
    request: async () => {
      const tn = await outcomeGiven('A credit.');
      await step(tn, 'outcome-reply', { accepted: true });
      return withVersion(tn, 'remedy', { carriedOutOn: '2026-01-01', text: 'Credited.' });
    },
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/escalations',
    allowed: EVERYONE,
    request: async () =>
      withVersion(await newCase(), 'escalations', {
        customerWords: 'A manager, please.',
        requestedVia: 'letter',
      }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/escalation-taken',
    situation: 'level 2',
    allowed: MANAGERS,
    request: async () => withVersion(await escalatedTo(2), 'escalation-taken'),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/escalation-taken',
    situation: 'level 3',
    allowed: HEADS,
    request: async () => withVersion(await escalatedTo(3), 'escalation-taken'),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/closure',
    allowed: EVERYONE,
    request: async () => {
      const tn = await outcomeGiven();
      await step(tn, 'outcome-reply', { accepted: true });
      return withVersion(tn, 'closure');
    },
  },
  { route: 'GET /api/v1/staff', allowed: EVERYONE, request: async () => ({ path: '/api/v1/staff' }) },
  {
    route: 'POST /api/v1/staff',
    allowed: ADMINS,
    request: async () => ({
      path: '/api/v1/staff',
      body: {
        email: `x${Math.random()}@provider.example`.replace('0.', ''),
        displayName: 'X',
        role: 'advisor',
      },
    }),
  },
  {
    route: 'PATCH /api/v1/staff/{id}',
    allowed: ADMINS,
    request: async () => ({ path: `/api/v1/staff/${people.get('advisor')?.id}`, body: { language: 'fr' } }),
  },
  { route: 'GET /api/v1/teams', allowed: EVERYONE, request: async () => ({ path: '/api/v1/teams' }) },
  { route: 'GET /api/v1/policies', allowed: EVERYONE, request: async () => ({ path: '/api/v1/policies' }) },
  { route: 'GET /api/v1/dashboard', allowed: MANAGERS, request: async () => ({ path: '/api/v1/dashboard' }) },
  {
    route: 'GET /api/v1/policies/{id}',
    allowed: EVERYONE,
    request: async () => ({ path: '/api/v1/policies/ca-ccts' }),
  },
  {
    route: 'POST /api/v1/policies/{id}/versions',
    allowed: ADMINS,
    request: async () => ({
      path: '/api/v1/policies/ca-ccts/versions',
      body: { rules: CANADA_CCTS.rules, note: 'The same rules again' },
    }),
  },
  {
    route: 'GET /api/v1/ombudsman-cases',
    allowed: EVERYONE,
    request: async () => ({ path: '/api/v1/ombudsman-cases?chargesOnHold=true' }),
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/documents',
    allowed: EVERYONE,
    request: async () => ({ path: `/api/v1/cases/${await newCase()}/documents`, body: pixelUpload() }),
  },
  {
    route: 'GET /api/v1/cases/{trackingNumber}/documents/{id}',
    allowed: EVERYONE,
    request: async () => {
      const { tn, documentId } = await caseWithDocument();
      return { path: `/api/v1/cases/${tn}/documents/${documentId}` };
    },
  },
  {
    route: 'POST /api/v1/cases/{trackingNumber}/messages/{id}/retry',
    allowed: EVERYONE,
    request: async () => {
      const tn = await newCase();
      const failed = await server.storage.database.db
        .updateTable('message')
        .set({ status: 'failed' })
        .where('case_id', '=', (eb) =>
          eb.selectFrom('complaint_case').select('id').where('tracking_number', '=', tn),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      return { path: `/api/v1/cases/${tn}/messages/${failed.id}/retry`, body: {} };
    },
  },
  {
    route: 'GET /api/v1/letters',
    allowed: EVERYONE,
    request: async () => ({ path: '/api/v1/letters?status=to_print' }),
  },
  {
    route: 'GET /api/v1/letters/{id}',
    allowed: EVERYONE,
    request: async () => ({ path: `/api/v1/letters/${await postalLetter()}` }),
  },
  {
    route: 'POST /api/v1/letters/{id}/printed',
    allowed: EVERYONE,
    request: async () => ({ path: `/api/v1/letters/${await postalLetter()}/printed`, body: {} }),
  },
  {
    route: 'POST /api/v1/letters/{id}/posted',
    allowed: EVERYONE,
    request: async () => ({
      path: `/api/v1/letters/${await postalLetter()}/posted`,
      body: { postedOn: new Date().toISOString().slice(0, 10) },
    }),
  },
  {
    route: 'GET /api/v1/inbound-messages',
    allowed: EVERYONE,
    request: async () => ({ path: '/api/v1/inbound-messages?status=held' }),
  },
  {
    route: 'POST /api/v1/inbound-messages/{id}/assignment',
    allowed: EVERYONE,
    request: async () => ({
      path: `/api/v1/inbound-messages/${await heldEmail()}/assignment`,
      body: { trackingNumber: await newCase() },
    }),
  },
  {
    route: 'POST /api/v1/inbound-messages/{id}/new-case',
    allowed: EVERYONE,
    request: async () => ({ path: `/api/v1/inbound-messages/${await heldEmail()}/new-case`, body: {} }),
  },
  {
    route: 'POST /api/v1/ombudsman-cases',
    allowed: MANAGERS,
    request: async () => ({
      path: '/api/v1/ombudsman-cases',
      body: { trackingNumber: await newCase(), reference: `CCTS-${Math.random().toString(36).slice(2, 10)}` },
    }),
  },
  {
    route: 'PATCH /api/v1/ombudsman-cases/{reference}',
    allowed: MANAGERS,
    request: async () => {
      const reference = `CCTS-${Math.random().toString(36).slice(2, 10)}`;
      const made = await admin.post('/api/v1/ombudsman-cases', {
        trackingNumber: await newCase(),
        reference,
      });
      if (made.status !== 201) throw new Error(`ombudsman case: ${made.status}`);
      return { path: `/api/v1/ombudsman-cases/${reference}`, body: { stage: 'conciliation' } };
    },
  },
  {
    route: 'POST /api/v1/teams',
    allowed: ADMINS,
    request: async () => ({ path: '/api/v1/teams', body: { name: `Team ${Math.random()}` } }),
  },
];

function methodOf(route: string): string {
  return route.split(' ')[0] ?? 'GET';
}

async function securedRoutes(): Promise<string[]> {
  const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>>;
  };
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([, operation]) => (operation.security ?? []).some((scheme) => 'staffSession' in scheme))
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  );
}

/** A session that may end (logout) without affecting the others: a fresh sign-in for the role. */
async function sessionFor(role: Role): Promise<StaffClient> {
  const person = people.get(role);
  if (!person) throw new Error(role);
  return signInAs(server, { email: person.email, password: 'a long enough password' });
}

describe('the role × route matrix', () => {
  it('covers every staff operation in the OpenAPI document', async () => {
    const covered = new Set(SCENARIOS.map((s) => s.route));
    expect((await securedRoutes()).filter((route) => !covered.has(route))).toEqual([]);
  });

  it('answers 401 to every staff operation when nobody is signed in', async () => {
    for (const scenario of SCENARIOS) {
      const { path, body } = await scenario.request(admin, 'admin');
      const response = await fetch(`${server.url}${path}`, {
        method: methodOf(scenario.route),
        ...(body === undefined
          ? {}
          : body instanceof FormData
            ? { body }
            : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
      expect(response.status, scenario.route).toBe(401);
    }
  });

  for (const role of ROLES) {
    it(`C9 lets the ${role.replace(/_/g, ' ')} role do what it allows, and answers 403 to the rest`, async () => {
      const outcomes: string[] = [];
      for (const scenario of SCENARIOS) {
        const as = await sessionFor(role);
        const { path, body } = await scenario.request(as, role);
        const answer = await as.send(methodOf(scenario.route), path, body);
        const allowed = scenario.allowed.includes(role);
        const ok = allowed ? answer.status >= 200 && answer.status < 300 : answer.status === 403;
        if (!ok) {
          outcomes.push(
            `${scenario.route}${scenario.situation ? ` (${scenario.situation})` : ''}: expected ${
              allowed ? '2xx' : '403'
            }, got ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`,
          );
        }
      }
      expect(outcomes).toEqual([]);
    });
  }
});
