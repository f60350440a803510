import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTrackingNumber } from '../../src/domain/tracking-number.js';
import { ADMIN_ENV, aComplaint, postJson } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { colleague, type StaffClient, signInAs, versionOf } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let admin: StaffClient;
const clock = manualClock(new Date().toISOString());
let address = 0;
/** A client address of its own for each use, so per-address limits do not mix tests up. */
const nextAddress = () => `10.1.${Math.floor(address / 250)}.${(address++ % 250) + 1}`;

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({ ...ADMIN_ENV, SMTP_URL: smtp.url, TRUST_PROXY: 'true' }, { clock });
  admin = await signInAs(server);
});

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

async function file(email: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const filed = await postJson(
    server,
    '/api/v1/complaints',
    aComplaint({
      customer: { name: 'Ines Costa', email, type: 'residential', province: 'ON' },
      ...overrides,
    }),
  );
  return ((await filed.json()) as { trackingNumber: string }).trackingNumber;
}

function askCode(trackingNumber: string, email: string, from = nextAddress()) {
  return postJson(
    server,
    `/api/v1/complaints/${trackingNumber}/access-codes`,
    { email },
    { 'x-forwarded-for': from },
  );
}

async function codeFor(email: string, trackingNumber: string): Promise<string> {
  for (let tries = 0; tries < 100; tries += 1) {
    await server.outbox.runOnce();
    const mail = [...smtp.received]
      .reverse()
      .find(
        (m) =>
          (m.to && !Array.isArray(m.to) ? m.to.text : '').includes(email) &&
          m.text?.includes(trackingNumber) &&
          /\b\d{6}\b/.test(m.text ?? ''),
      );
    const code = mail?.text?.match(/\b(\d{6})\b/)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no code reached ${email}`);
}

interface Customer {
  cookie: string;
  csrfToken: string;
  get: (path?: string) => Promise<Response>;
  post: (path: string, body: unknown) => Promise<Response>;
}

async function openCase(trackingNumber: string, email: string): Promise<Customer> {
  expect((await askCode(trackingNumber, email)).status).toBe(202);
  const code = await codeFor(email, trackingNumber);
  const opened = await postJson(server, `/api/v1/complaints/${trackingNumber}/sessions`, { email, code });
  expect(opened.status).toBe(201);
  const { csrfToken } = (await opened.json()) as { csrfToken: string };
  const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(opened.headers.get('set-cookie')).toMatch(/HttpOnly/);
  expect(opened.headers.get('set-cookie')).toMatch(/SameSite=Strict/);
  const base = `${server.url}/api/v1/complaints/${trackingNumber}`;
  return {
    cookie,
    csrfToken,
    get: (path = '') => fetch(`${base}${path}`, { headers: { cookie } }),
    post: (path, body) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
  };
}

interface View {
  status: string;
  escalationLevel: number;
  expectedResponseBy: string;
  timeline: { type: string; by: string; role: string | null; text: string | null }[];
  can: Record<string, boolean>;
  ombudsman: { name: string; phone: string } | null;
}

describe('C7 C8 C9 customers follow their case without an account', () => {
  it('C7 C8 C9 a code by email opens the case; the customer sees only what is meant for them, writes, rejects the outcome and escalates', async () => {
    const tn = await file('ines@example.org');
    const customer = await openCase(tn, 'ines@example.org');
    let view = (await (await customer.get()).json()) as View;
    expect(view.status).toBe('acknowledged');
    expect(view.timeline.map((e) => e.type)).toEqual(['case_received', 'case_acknowledged']);
    expect(view.ombudsman).toBeNull();

    const advisor = await colleague(server, admin, 'advisor', { name: 'Secret Name' });
    await advisor.post(`/api/v1/cases/${tn}/assignment`, {
      ownerId: advisor.id,
      version: await versionOf(advisor, tn),
    });
    await advisor.post(`/api/v1/cases/${tn}/notes`, {
      text: 'Internal: customer is difficult.',
      version: await versionOf(advisor, tn),
    });
    expect((await customer.post('/messages', { body: 'Any news? <script>alert(1)</script>' })).status).toBe(
      201,
    );
    await advisor.post(`/api/v1/cases/${tn}/outcome`, {
      text: 'We refund the charge.',
      version: await versionOf(advisor, tn),
    });

    view = (await (await customer.get()).json()) as View;
    const body = JSON.stringify(view);
    expect(body).not.toContain('Internal: customer is difficult.');
    expect(body).not.toContain('Secret Name');
    expect(view.timeline.find((e) => e.type === 'customer_message')).toMatchObject({ by: 'you' });
    expect(view.timeline.find((e) => e.type === 'outcome_given')).toMatchObject({
      by: 'us',
      role: 'advisor',
      text: 'We refund the charge.',
    });
    expect(view.can.replyToOutcome).toBe(true);

    // The owner hears that the customer wrote.
    for (
      let tries = 0;
      tries < 100 && !smtp.received.some((m) => m.subject?.includes(`${tn}: news`));
      tries += 1
    ) {
      await server.outbox.runOnce();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(smtp.received.some((m) => m.subject === `Case ${tn}: news from the customer`)).toBe(true);

    // Not satisfied: the complaint goes to a senior manager, and the CCTS is named (C10).
    expect((await customer.post('/outcome-reply', { accepted: false, comment: 'Not enough.' })).status).toBe(
      204,
    );
    view = (await (await customer.get()).json()) as View;
    expect(view).toMatchObject({ status: 'escalated', escalationLevel: 2 });
    expect(view.ombudsman?.name).toContain('Commission for Complaints');

    // And straight on to the head of support, with its own promised date (5 business days).
    const escalated = await customer.post('/escalations', {
      reason: 'I want the head of support.',
      level: 3,
    });
    expect(escalated.status).toBe(201);
    const answer = (await escalated.json()) as { level: number; expectedResponseBy: string };
    expect(answer.level).toBe(3);
    view = (await (await customer.get()).json()) as View;
    expect(view.expectedResponseBy).toBe(answer.expectedResponseBy);
    expect(view.can.escalate).toBe(false); // already at the highest level
  });

  it('C1 a customer turns their own question into a complaint, acknowledged as one at that moment', async () => {
    const tn = await file('q@example.org', { kind: 'inquiry' });
    const customer = await openCase(tn, 'q@example.org');
    expect(((await (await customer.get()).json()) as View).can.convertToComplaint).toBe(true);
    expect((await customer.post('/conversion', { reason: 'The answer did not help.' })).status).toBe(204);
    const view = (await (await customer.get()).json()) as View & { kind: string };
    expect(view.kind).toBe('complaint');
    expect(view.timeline.map((e) => e.type)).toContain('converted_to_complaint');
  });

  it('a state-changing call without the CSRF token is refused; a session opens one case only', async () => {
    const first = await file('one@example.org');
    const second = await file('two@example.org');
    const customer = await openCase(first, 'one@example.org');
    const noToken = await fetch(`${server.url}/api/v1/complaints/${first}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: customer.cookie },
      body: JSON.stringify({ body: 'hi' }),
    });
    expect(noToken.status).toBe(403);
    expect((await noToken.json()).code).toBe('CSRF_TOKEN_INVALID');
    expect((await customer.get()).status).toBe(200);
    const foreign = await fetch(`${server.url}/api/v1/complaints/${second}`, {
      headers: { cookie: customer.cookie },
    });
    expect(foreign.status).toBe(401);
  });
});

describe('C3 documents from the customer', () => {
  it('C3 the customer adds a document to their case; a file that is not what it claims is refused; nobody else can upload', async () => {
    const tn = await file('docs@example.org');
    const customer = await openCase(tn, 'docs@example.org');
    const upload = (content: Buffer, name: string, headers: Record<string, string>) => {
      const form = new FormData();
      form.append('attachments', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), name);
      return fetch(`${server.url}/api/v1/complaints/${tn}/documents`, {
        method: 'POST',
        headers,
        body: form,
      });
    };
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const headers = { cookie: customer.cookie, 'x-csrf-token': customer.csrfToken };
    const added = await upload(pdf, 'bill.pdf', headers);
    expect(added.status).toBe(201);
    const fake = await upload(Buffer.from('just text'), 'fake.pdf', headers);
    expect(fake.status).toBe(415);
    expect((await upload(pdf, 'bill.pdf', {})).status).toBe(401);
    const view = (await (await customer.get()).json()) as View;
    expect(view.timeline.filter((e) => e.type === 'documents_attached').map((e) => e.by)).toEqual(['you']);
    const staffView = await admin.get<{ attachments: { fileName: string }[] }>(`/api/v1/cases/${tn}`);
    expect(staffView.body.attachments.map((a) => a.fileName)).toEqual(['bill.pdf']);
  });
});

describe('C10 CCTS eligibility', () => {
  it('C10 the notice follows the eligibility table an admin edits', async () => {
    const tn = await file('pricing@example.org', { category: 'pricing' });
    const customer = await openCase(tn, 'pricing@example.org');
    const advisor = await colleague(server, admin, 'advisor');
    await advisor.post(`/api/v1/cases/${tn}/escalations`, {
      customerWords: 'Too expensive.',
      requestedVia: 'phone',
      version: await versionOf(advisor, tn),
    });
    type Block = { ombudsman: { eligibility: { eligible: boolean; reason?: string } } };
    let view = (await (await customer.get()).json()) as Block;
    expect(view.ombudsman.eligibility).toEqual({ eligible: false, reason: 'pricing' });

    const rules = (await admin.get<Record<string, unknown>[]>('/api/v1/settings/ccts-eligibility')).body;
    const edited = rules.filter((rule) => rule.category !== 'pricing');
    const saved = await admin.send('PUT', '/api/v1/settings/ccts-eligibility', edited);
    expect(saved.status).toBe(200);
    view = (await (await customer.get()).json()) as Block;
    expect(view.ombudsman.eligibility).toEqual({ eligible: true });

    const refused = await advisor.send('PUT', '/api/v1/settings/ccts-eligibility', rules);
    expect(refused.status).toBe(403);
    await admin.send('PUT', '/api/v1/settings/ccts-eligibility', rules);
  });

  it('C10 an admin edits the table on the console page: a removed rule changes the notice; an unknown value changes nothing', async () => {
    const tn = await file('privacy@example.org', { category: 'privacy' });
    const customer = await openCase(tn, 'privacy@example.org');
    const advisor = await colleague(server, admin, 'advisor');
    await advisor.post(`/api/v1/cases/${tn}/escalations`, {
      customerWords: 'You shared my data.',
      requestedVia: 'phone',
      version: await versionOf(advisor, tn),
    });
    type Block = { ombudsman: { eligibility: { eligible: boolean; reason?: string } } };
    const notice = async () => ((await (await customer.get()).json()) as Block).ombudsman.eligibility;
    expect(await notice()).toEqual({ eligible: false, reason: 'privacy' });

    const rules = (
      await admin.get<Record<string, string | boolean | null>[]>('/api/v1/settings/ccts-eligibility')
    ).body;
    const form = (who: StaffClient, rows: Record<string, string | boolean | null>[], extra = {}) => {
      const fields: Record<string, string> = { _csrf: who.credentials.csrfToken };
      rows.forEach((rule, i) => {
        fields[`rule.${i}.order`] = String(rows.length - i); // typed in reverse: the order numbers decide
        fields[`rule.${i}.customerType`] = String(rule.customerType ?? '');
        fields[`rule.${i}.service`] = String(rule.service ?? '');
        fields[`rule.${i}.category`] = String(rule.category ?? '');
        fields[`rule.${i}.outcome`] =
          rule.category === 'privacy' ? '' : rule.eligible ? 'eligible' : `not:${String(rule.reason)}`;
      });
      Object.assign(fields, extra);
      return fetch(`${server.url}/console/admin/eligibility`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: who.credentials.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    };
    const reversed = [...rules].reverse();
    const bad = await form(admin, reversed, { 'rule.0.service': 'carrier-pigeon' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('does not know');
    expect(await notice()).toEqual({ eligible: false, reason: 'privacy' });
    expect((await form(advisor, reversed)).status).toBe(403);

    const saved = await form(admin, reversed);
    expect(saved.status).toBe(303);
    expect(await notice()).toEqual({ eligible: true });
    const after = (await admin.get<unknown[]>('/api/v1/settings/ccts-eligibility')).body;
    expect(after).toEqual(rules.filter((rule) => rule.category !== 'privacy')); // same order as before
    await admin.send('PUT', '/api/v1/settings/ccts-eligibility', rules);
  });
});

describe('C7 who the customer sees at the provider', () => {
  it('C7 customers see the role only by default, and the first name too when an admin chooses it; never more', async () => {
    const tn = await file('names@example.org');
    const customer = await openCase(tn, 'names@example.org');
    const advisor = await colleague(server, admin, 'advisor', { name: 'Aline Beaulieu-Tremblay' });
    await advisor.post(`/api/v1/cases/${tn}/assignment`, {
      ownerId: advisor.id,
      version: await versionOf(advisor, tn),
    });
    const outcome = await advisor.post(`/api/v1/cases/${tn}/outcome`, {
      text: 'We refund the charge.',
      version: await versionOf(advisor, tn),
    });
    expect(outcome.status).toBe(200);
    type Timeline = { timeline: { role: string | null; firstName: string | null }[] };
    const staffEntries = async () =>
      ((await (await customer.get()).json()) as Timeline).timeline.filter((e) => e.role === 'advisor');
    expect(await staffEntries()).not.toEqual([]);
    expect((await staffEntries()).every((e) => e.firstName === null)).toBe(true);

    const settings = (await admin.get<Record<string, unknown>>('/api/v1/settings/organisation')).body;
    expect(settings.staffShownToCustomers).toBe('role');
    const changed = await admin.send('PUT', '/api/v1/settings/organisation', {
      ...settings,
      staffShownToCustomers: 'first_name',
    });
    expect(changed.status).toBe(200);
    try {
      expect((await staffEntries()).map((e) => e.firstName)).toContain('Aline');
      const page = await (
        await fetch(`${server.url}/follow/case`, { headers: { cookie: customer.cookie } })
      ).text();
      expect(page).toContain('Aline');
      expect(page).not.toContain('Beaulieu');
      const { staffShownToCustomers: _omitted, ...withoutIt } = settings;
      await admin.send('PUT', '/api/v1/settings/organisation', withoutIt); // left out: kept
      expect(
        (await admin.get<Record<string, unknown>>('/api/v1/settings/organisation')).body
          .staffShownToCustomers,
      ).toBe('first_name');
    } finally {
      await admin.send('PUT', '/api/v1/settings/organisation', settings);
    }
    expect((await staffEntries()).every((e) => e.firstName === null)).toBe(true);
  });
});

describe('the link in every email', () => {
  it('every email to the customer carries the signed link: acknowledgement, access code, messages, outcome, escalation', async () => {
    const email = 'every-link@example.org';
    const tn = await file(email);
    const customer = await openCase(tn, email);
    const advisor = await colleague(server, admin, 'advisor');
    await advisor.post(`/api/v1/cases/${tn}/assignment`, {
      ownerId: advisor.id,
      version: await versionOf(advisor, tn),
    });
    await advisor.post(`/api/v1/cases/${tn}/messages`, {
      template: 'progress_update',
      text: 'We are checking the line.',
      version: await versionOf(advisor, tn),
    });
    await advisor.post(`/api/v1/cases/${tn}/outcome`, {
      text: 'Fixed.',
      version: await versionOf(advisor, tn),
    });
    expect((await customer.post('/escalations', { reason: 'Still broken.' })).status).toBe(201);
    const mails = async () => {
      await server.outbox.runOnce();
      return smtp.received.filter((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '').includes(email));
    };
    for (let tries = 0; tries < 100 && (await mails()).length < 5; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const received = await mails();
    expect(received.map((m) => m.subject).length).toBeGreaterThanOrEqual(5);
    for (const mail of received) expect(mail.text, mail.subject).toContain(`/follow/link?c=${tn}&`);
  });

  it('a signed, expiring link in the acknowledgement opens the case directly; an altered or old one does not', async () => {
    const tn = await file('link@example.org');
    let link = '';
    for (let tries = 0; tries < 200 && !link; tries += 1) {
      await server.outbox.runOnce();
      const mail = smtp.received.find((m) => m.text?.includes(tn) && m.text.includes('/follow/link?'));
      link = mail?.text?.match(/http\S+\/follow\/link\?\S+/)?.[0]?.replace(/[.,)]+$/, '') ?? '';
      if (!link) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(link).toContain(`c=${tn}`);
    link = `${server.url}${new URL(link).pathname}${new URL(link).search}`; // PUBLIC_URL is not this test server
    const opened = await fetch(link, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/follow/case');
    const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await fetch(`${server.url}/api/v1/complaints/${tn}`, { headers: { cookie } })).status).toBe(200);

    const url = new URL(link);
    const signature = url.searchParams.get('s') ?? '';
    url.searchParams.set('s', `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`);
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(401);
    clock.advance(31 * 24 * 3600 * 1000);
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(401);
    clock.advance(-31 * 24 * 3600 * 1000);
  });
});

describe('no enumeration, throttling and lockout', () => {
  it('a wrong check character is refused before any lookup', async () => {
    const tn = await file('check@example.org');
    const last = tn.slice(-1);
    const typo = `${tn.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
    const response = await askCode(typo, 'check@example.org');
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe('TRACKING_NUMBER_CHECK_FAILED');
  });

  it('a wrong tracking number, a wrong email and a right pair get the same answer, and a case is not readable without a session', async () => {
    const tn = await file('same@example.org');
    const madeUp = generateTrackingNumber('RDX', randomInt);
    const answers = [
      await askCode(madeUp, 'same@example.org'),
      await askCode(tn, 'other@example.org'),
      await askCode(tn, 'same@example.org'),
    ];
    const shapes = await Promise.all(
      answers.map(async (a) => [a.status, await a.text(), a.headers.get('content-type')]),
    );
    expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(shapes[0]?.[0]).toBe(202);
    const unknown = await fetch(`${server.url}/api/v1/complaints/${madeUp}`);
    const known = await fetch(`${server.url}/api/v1/complaints/${tn}`);
    expect([unknown.status, await unknown.text()]).toEqual([known.status, await known.text()]);
  });

  it('code requests: at most 5 per tracking number and per client address in 15 minutes, existing or not', async () => {
    const tn = await file('limit@example.org');
    const madeUp = generateTrackingNumber('RDX', randomInt);
    for (const number of [tn, madeUp]) {
      for (let i = 0; i < 5; i += 1) expect((await askCode(number, 'limit@example.org')).status).toBe(202);
      const refused = await askCode(number, 'limit@example.org');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const from = nextAddress();
    for (let i = 0; i < 5; i += 1)
      expect((await askCode(generateTrackingNumber('RDX', randomInt), 'x@example.org', from)).status).toBe(
        202,
      );
    expect((await askCode(generateTrackingNumber('RDX', randomInt), 'x@example.org', from)).status).toBe(429);
  });

  it('after 10 wrong codes within 15 minutes: 429 with Retry-After, and the code sent is void', async () => {
    const tn = await file('lock@example.org');
    expect((await askCode(tn, 'lock@example.org')).status).toBe(202);
    const code = await codeFor('lock@example.org', tn);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 10; i += 1) {
      const attempt = await postJson(server, `/api/v1/complaints/${tn}/sessions`, {
        email: 'lock@example.org',
        code: wrong,
      });
      expect(attempt.status).toBe(401);
    }
    const locked = await postJson(server, `/api/v1/complaints/${tn}/sessions`, {
      email: 'lock@example.org',
      code,
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    clock.advance(16 * 60 * 1000);
    const voided = await postJson(server, `/api/v1/complaints/${tn}/sessions`, {
      email: 'lock@example.org',
      code,
    });
    expect(voided.status).toBe(401);
  });
  it('the medians of 200 requests each (wrong number, wrong email, right pair) differ by less than 5 ms', async () => {
    const pairs: string[] = [];
    for (let i = 0; i < 200; i += 1) pairs.push(await file(`t${i}@example.org`));
    const times: Record<'wrongNumber' | 'wrongEmail' | 'right', number[]> = {
      wrongNumber: [],
      wrongEmail: [],
      right: [],
    };
    const timed = async (kind: keyof typeof times, run: () => Promise<Response>) => {
      const started = performance.now();
      const response = await run();
      await response.arrayBuffer();
      times[kind].push(performance.now() - started);
      expect(response.status).toBe(202);
    };
    for (let i = 0; i < 200; i += 1) {
      const tn = pairs[i] ?? '';
      // Interleaved, so that whatever else the machine does falls on all three alike.
      await timed('wrongNumber', () =>
        askCode(generateTrackingNumber('RDX', randomInt), `t${i}@example.org`),
      );
      await timed('wrongEmail', () => askCode(tn, `nobody${i}@example.org`));
      await timed('right', () => askCode(tn, `t${i}@example.org`));
    }
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const medians = Object.values(times).map(median);
    expect(Math.max(...medians) - Math.min(...medians)).toBeLessThan(5);
  }, 120_000);
});
