import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { findOutboxMessages } from '../../src/store/outbox-store.js';
import {
  ADMIN_ENV,
  aComplaint,
  asStaff,
  postJson,
  type StaffCredentials,
  signInStaff,
} from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { startTestServer } from '../support/test-server.js';

// Friday 20 November 2026, 10:00 in Toronto.
const clock = manualClock('2026-11-20T15:00:00Z');
let server: RunningService;
let staff: StaffCredentials;

beforeAll(async () => {
  server = await startTestServer(ADMIN_ENV, { clock });
  staff = await signInStaff(server);
});
afterAll(async () => {
  await server?.stop();
});

interface AckBody {
  trackingNumber: string;
  status: string;
  acknowledgement: {
    receivedAt: string;
    recordedAt: string;
    procedure: string[];
    expectedResponseBy: string | null;
    medium: string;
    message: string;
  };
}

async function file(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await postJson(server, '/api/v1/complaints', body, headers);
  return { status: response.status, body: (await response.json()) as AckBody & Record<string, unknown> };
}

const db = () => server.storage.database.db;
const caseRow = (trackingNumber: string) =>
  db()
    .selectFrom('complaint_case')
    .selectAll()
    .where('tracking_number', '=', trackingNumber)
    .executeTakeFirstOrThrow();

describe('C2a C6 a customer files a complaint through the public API', () => {
  it('C6 is acknowledged at once: tracking number, procedure and an expected date 10 business days on', async () => {
    const { status, body } = await file(aComplaint());
    expect(status).toBe(201);
    expect(body.trackingNumber).toMatch(/^RDX-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(body.status).toBe('acknowledged');
    expect(body.acknowledgement.expectedResponseBy).toBe('2026-12-04');
    expect(body.acknowledgement.procedure).toHaveLength(5);
    expect(body.acknowledgement.message).toBe(
      `Your complaint ${body.trackingNumber} has been received. We aim to complete our investigation by December 4, 2026.`,
    );
    expect(body.acknowledgement.receivedAt).toBe('2026-11-20T15:00:00.000Z');
  });

  it.each([
    ['fr', 'Votre plainte', '4 décembre 2026'],
    ['nl', 'Uw klacht', '4 december 2026'],
    ['it', 'Il tuo reclamo', '4 dicembre 2026'],
  ])('C12 answers in %s', async (language, opening, date) => {
    const { body } = await file(aComplaint({ language }));
    expect(body.acknowledgement.message.startsWith(opening)).toBe(true);
    expect(body.acknowledgement.message).toContain(date);
  });

  it('C12 falls back to English for a language it does not speak, and never fails on it', async () => {
    const { status, body } = await file(aComplaint({ language: 'de-CH' }));
    expect(status).toBe(201);
    expect(body.acknowledgement.message).toMatch(/^Your complaint/);
  });

  it('C1 an inquiry gets 3 business days and the inquiry procedure', async () => {
    const { body } = await file(aComplaint({ kind: 'inquiry', category: 'contract' }));
    expect(body.acknowledgement.expectedResponseBy).toBe('2026-11-25');
    expect(body.acknowledgement.procedure).toHaveLength(2);
    expect((await caseRow(body.trackingNumber)).kind).toBe('inquiry');
  });

  it('C6 counts in the customer’s province: Quebec is closed on its own holidays, Ontario on its own', async () => {
    const quebec = await file(
      aComplaint({
        customer: { name: 'Luc', email: 'luc@example.org', type: 'residential', province: 'QC' },
      }),
    );
    expect(quebec.body.acknowledgement.expectedResponseBy).toBe('2026-12-04');
    const noProvince = await file(
      aComplaint({ customer: { name: 'Ann', email: 'ann@example.org', type: 'small_business' } }),
    );
    expect((await caseRow(noProvince.body.trackingNumber)).calendar_region).toBe('ON'); // the default region
  });

  it('C6 stores the case, its events and the acknowledgement email in the outbox together', async () => {
    const { body } = await file(aComplaint());
    const row = await caseRow(body.trackingNumber);
    const events = await db()
      .selectFrom('case_event')
      .select('type')
      .where('case_id', '=', row.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['case_received', 'case_acknowledged']);
    const messages = await findOutboxMessages(db(), row.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      recipient: 'kim@example.org',
      template: 'acknowledgement',
      language: 'en',
    });
    expect(messages[0]?.message_id).toMatch(/^<[0-9a-f-]{36}@localhost>$/);
  });

  it('C6 a customer who prefers post gets a letter instead of an email', async () => {
    const { status, body } = await file(
      aComplaint({
        customer: { name: 'Bo', postalAddress: '1 Main St, Ottawa ON', type: 'residential' },
        preferredContact: 'post',
      }),
    );
    expect(status).toBe(201);
    expect(body.acknowledgement.medium).toBe('letter');
    // No email: one letter, rendered now as its PDF, waiting in the print queue (issue 16).
    const [letter, ...others] = await findOutboxMessages(db(), (await caseRow(body.trackingNumber)).id);
    expect(others).toHaveLength(0);
    expect(letter).toMatchObject({
      medium: 'letter',
      status: 'to_print',
      recipient: 'Bo, 1 Main St, Ottawa ON',
    });
    expect(letter?.raw?.subarray(0, 5).toString()).toBe('%PDF-');
    expect(letter?.text_body).toContain(body.trackingNumber);
  });

  it('C6 a postal customer’s acknowledgement prints as a PDF letter in their language', async () => {
    const { body } = await file(
      aComplaint({
        language: 'it',
        customer: { name: 'Bruno', postalAddress: 'Via Roma 1, Toronto ON', type: 'residential' },
        preferredContact: 'post',
      }),
    );
    const response = await fetch(`${server.url}/api/v1/cases/${body.trackingNumber}/acknowledgement-letter`, {
      headers: { cookie: staff.cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const document = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
    const { text } = await extractText(document, { mergePages: true });
    expect(text).toContain(body.trackingNumber);
    expect(text).toContain('Via Roma 1, Toronto ON');
    expect(text.replace(/\s+/g, ' ')).toContain('Intendiamo concludere l’indagine entro il 4 dicembre 2026.');
    const anonymous = await fetch(`${server.url}/api/v1/cases/${body.trackingNumber}/acknowledgement-letter`);
    expect(anonymous.status).toBe(401);
  });

  it('C3 keeps what happened so far and links earlier case numbers to the real cases', async () => {
    const earlier = await file(aComplaint());
    const { body } = await file(
      aComplaint({
        history: 'Called twice in October.',
        references: [earlier.body.trackingNumber.toLowerCase(), 'ticket 4711'],
        desiredOutcome: 'A refund',
      }),
    );
    const row = await caseRow(body.trackingNumber);
    expect(row).toMatchObject({ history: 'Called twice in October.', desired_outcome: 'A refund' });
    const references = await db()
      .selectFrom('case_reference')
      .selectAll()
      .where('case_id', '=', row.id)
      .orderBy('position')
      .execute();
    expect(references.map((r) => [r.reference, r.referenced_case_id])).toEqual([
      [earlier.body.trackingNumber.toLowerCase(), (await caseRow(earlier.body.trackingNumber)).id],
      ['ticket 4711', null],
    ]);
  });

  it('accepts any text in free fields and keeps HTML as inert text', async () => {
    const { status, body } = await file(
      aComplaint({
        customer: {
          name: '<script>alert(1)</script>',
          email: 'x@example.org',
          phone: '+1 (613) 555-0199 ext. 12',
          accountNumber: 'AB-12 34/x',
          type: 'enterprise',
        },
      }),
    );
    expect(status).toBe(201);
    const row = await caseRow(body.trackingNumber);
    expect(row.customer_name).toBe('<script>alert(1)</script>');
    expect(row.customer_phone).toBe('+1 (613) 555-0199 ext. 12');
  });
});

describe('bad input gets a clear error and loses nothing', () => {
  it('missing or invalid fields → 422, one entry per field, in the request’s language', async () => {
    const { status, body } = await file({
      language: 'nl',
      customer: { name: '', email: 'nope', type: 'alien' },
      service: 'fax',
    });
    expect(status).toBe(422);
    const errors = body.errors as { field: string; message: string }[];
    expect(errors.map((e) => e.field).sort()).toEqual(
      ['/category', '/customer/email', '/customer/name', '/customer/type', '/description', '/service'].sort(),
    );
    expect(errors.find((e) => e.field === '/customer/email')?.message).toBe(
      'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
    );
    expect(errors.find((e) => e.field === '/service')?.message).toBe('Kies een van de mogelijkheden.');
  });

  it('email is required unless the customer prefers post, and then a postal address is', async () => {
    const noEmail = await file(aComplaint({ customer: { name: 'A', type: 'residential' } }));
    expect(noEmail.status).toBe(422);
    expect(noEmail.body.errors).toEqual([
      { field: '/customer/email', code: 'required', message: 'Please fill this in.' },
    ]);
    const noAddress = await file(
      aComplaint({ preferredContact: 'post', customer: { name: 'A', type: 'residential' } }),
    );
    expect((noAddress.body.errors as { field: string }[]).map((e) => e.field)).toEqual([
      '/customer/postalAddress',
    ]);
  });

  it('a refused filing writes nothing', async () => {
    const before = await db()
      .selectFrom('complaint_case')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    await file(aComplaint({ customer: { name: 'A', type: 'residential' } }));
    const after = await db()
      .selectFrom('complaint_case')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(after?.n)).toBe(Number(before?.n));
  });
});

describe('C2b C2c C5 an advisor records a case from another channel', () => {
  const recorded = (body: Record<string, unknown>, headers = asStaff(staff)) =>
    postJson(server, '/api/v1/cases', body, headers);

  it.each(['phone', 'letter', 'chat', 'email', 'support_case'])(
    'C2 records a case that came by %s',
    async (channel) => {
      const response = await recorded({ ...aComplaint(), kind: 'complaint', channel });
      expect(response.status).toBe(201);
      const body = (await response.json()) as AckBody;
      expect(await caseRow(body.trackingNumber)).toMatchObject({ channel, status: 'acknowledged' });
    },
  );

  it('C2 attaches a scanned letter to a case recorded by an advisor', async () => {
    const form = new FormData();
    form.append('data', JSON.stringify({ ...aComplaint(), kind: 'complaint', channel: 'letter' }));
    form.append('attachments', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))]), 'scan.pdf');
    const response = await fetch(`${server.url}/api/v1/cases`, {
      method: 'POST',
      body: form,
      headers: asStaff(staff),
    });
    expect(response.status).toBe(201);
    const row = await caseRow(((await response.json()) as AckBody).trackingNumber);
    const files = await db()
      .selectFrom('case_attachment')
      .select('file_name')
      .where('case_id', '=', row.id)
      .execute();
    expect(files).toEqual([{ file_name: 'scan.pdf' }]);
  });

  it('C2 records a phone complaint with its channel, acknowledged at once', async () => {
    const response = await recorded({ ...aComplaint(), kind: 'complaint', channel: 'phone' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as AckBody;
    const row = await caseRow(body.trackingNumber);
    expect(row).toMatchObject({ channel: 'phone', status: 'acknowledged' });
    const event = await db()
      .selectFrom('case_event')
      .selectAll()
      .where('case_id', '=', row.id)
      .orderBy('id')
      .executeTakeFirst();
    expect(event).toMatchObject({ actor_type: 'staff', channel: 'phone' });
  });

  it('C6 acknowledges a letter complaint with the letter’s date: the promise counts from its arrival', async () => {
    const response = await recorded({
      ...aComplaint(),
      kind: 'complaint',
      channel: 'letter',
      receivedAt: '2026-11-16T14:00:00Z', // Monday, four days before it was typed in
    });
    const body = (await response.json()) as AckBody;
    expect(body.acknowledgement.receivedAt).toBe('2026-11-16T14:00:00.000Z');
    expect(body.acknowledgement.recordedAt).toBe('2026-11-20T15:00:00.000Z');
    expect(body.acknowledgement.expectedResponseBy).toBe('2026-11-30');
  });

  it('refuses a receipt date in the future', async () => {
    const response = await recorded({
      ...aComplaint(),
      kind: 'complaint',
      channel: 'letter',
      receivedAt: '2027-01-01T00:00:00Z',
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('/receivedAt');
  });

  it('C5 records a resolution at first contact: still a tracking number and a written confirmation', async () => {
    const response = await recorded({
      ...aComplaint(),
      kind: 'complaint',
      channel: 'chat',
      resolvedAtFirstContact: { summary: 'Refunded the double charge during the chat.' },
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as AckBody;
    expect(body.status).toBe('resolved_at_first_contact');
    const row = await caseRow(body.trackingNumber);
    expect(row.resolved_at_first_contact).toBe(true);
    const messages = await findOutboxMessages(db(), row.id);
    expect(messages.map((m) => m.template)).toEqual(['first_contact_confirmation']);
  });

  it('requires a signed-in staff member (401) carrying the CSRF token (403)', async () => {
    const body = { ...aComplaint(), kind: 'complaint', channel: 'phone' };
    expect((await recorded(body, {})).status).toBe(401);
    expect((await recorded(body, { cookie: staff.cookie })).status).toBe(403);
  });

  it('rejects a channel that is not one of staff intake', async () => {
    const response = await recorded({ ...aComplaint(), kind: 'complaint', channel: 'web' });
    expect(response.status).toBe(422);
  });
});

describe('C1 an inquiry becomes a complaint when the customer is not satisfied', () => {
  it('C1 keeps the history, acknowledges the complaint at that moment and starts its clock then', async () => {
    const { body: inquiry } = await file(aComplaint({ kind: 'inquiry', category: 'contract' }));
    const row = await caseRow(inquiry.trackingNumber);
    clock.advance(4 * 24 * 3600 * 1000); // Tuesday 24 November
    try {
      const advisor = await signInStaff(server); // yesterday's session has expired
      const response = await postJson(
        server,
        `/api/v1/cases/${inquiry.trackingNumber}/conversion`,
        { version: row.version, reason: 'The answer did not solve it.' },
        asStaff(advisor),
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as AckBody;
      expect(body.trackingNumber).toBe(inquiry.trackingNumber);
      expect(body.acknowledgement.expectedResponseBy).toBe('2026-12-08');
      expect(body.acknowledgement.message).toMatch(/^Your complaint /);
      const converted = await caseRow(inquiry.trackingNumber);
      expect(converted).toMatchObject({ kind: 'complaint', status: 'acknowledged' });
      const events = await db()
        .selectFrom('case_event')
        .select('type')
        .where('case_id', '=', row.id)
        .orderBy('id')
        .execute();
      expect(events.map((e) => e.type)).toEqual([
        'case_received',
        'case_acknowledged',
        'converted_to_complaint',
        'case_acknowledged',
      ]);
      const messages = await findOutboxMessages(db(), row.id);
      expect(messages).toHaveLength(2); // the inquiry's acknowledgement, then the complaint's

      const again = await postJson(
        server,
        `/api/v1/cases/${inquiry.trackingNumber}/conversion`,
        {},
        asStaff(advisor),
      );
      expect(again.status).toBe(409);
      expect(((await again.json()) as { code: string }).code).toBe('ONLY_FOR_INQUIRY');
    } finally {
      clock.advance(-4 * 24 * 3600 * 1000);
    }
  });

  it('refuses a change based on an old version with 409 and the events since', async () => {
    const { body: inquiry } = await file(aComplaint({ kind: 'inquiry', category: 'contract' }));
    const response = await postJson(
      server,
      `/api/v1/cases/${inquiry.trackingNumber}/conversion`,
      { version: 1 },
      asStaff(staff),
    );
    expect(response.status).toBe(409);
    const problem = (await response.json()) as { code: string; eventsSince: { type: string }[] };
    expect(problem.code).toBe('VERSION_CONFLICT');
    expect(problem.eventsSince.map((e) => e.type)).toEqual(['case_acknowledged']);
  });

  it('refuses a mistyped tracking number before any lookup (400)', async () => {
    const { body } = await file(aComplaint({ kind: 'inquiry' }));
    const last = body.trackingNumber.at(-1) === '2' ? '3' : '2';
    const typo = body.trackingNumber.slice(0, -1) + last;
    const response = await postJson(server, `/api/v1/cases/${typo}/conversion`, {}, asStaff(staff));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('TRACKING_NUMBER_CHECK_FAILED');
    const unknown = await postJson(server, '/api/v1/cases/RDX-2222-2222/conversion', {}, asStaff(staff));
    expect([400, 404]).toContain(unknown.status);
  });
});
