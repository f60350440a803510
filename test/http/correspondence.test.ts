import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, aComplaint, postJson } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { type StaffClient, signInAs } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';
import { until } from '../support/waiting.js';

interface MessageItem {
  id: string;
  direction: string;
  medium: string;
  template: string | null;
  from: string | null;
  to: string;
  subject: string | null;
  text: string | null;
  html: string | null;
  messageId: string;
  status: string;
  sentAt: string | null;
  sha256: string | null;
  eventId: number | null;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('issue 16 every message is stored as it left', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let admin: StaffClient;
  let trackingNumber: string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startTestServer(
      { ...ADMIN_ENV, SMTP_URL: smtp.url, MAIL_FROM: 'Provider complaints <klachten@provider.example>' },
      { clock: manualClock('2026-11-20T15:00:00Z') },
    );
    admin = await signInAs(server);
    const filed = await postJson(
      server,
      '/api/v1/complaints',
      aComplaint({
        language: 'nl',
        customer: {
          name: 'Anneke de Vries',
          email: 'anneke@example.nl',
          type: 'residential',
          province: 'ON',
        },
      }),
    );
    trackingNumber = ((await filed.json()) as { trackingNumber: string }).trackingNumber;
    await smtp.waitFor(1);
    await until(
      async () =>
        (await admin.get<{ items: MessageItem[] }>(`/api/v1/cases/${trackingNumber}/messages`)).body.items[0]
          ?.status === 'sent',
      5_000,
    );
  });
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
  });

  const messages = async () =>
    (await admin.get<{ items: MessageItem[] }>(`/api/v1/cases/${trackingNumber}/messages`)).body.items;

  it('C6 the acknowledgement is on the case as sent: the bytes SMTP received are the bytes stored (SHA-256)', async () => {
    const [ack] = await messages();
    const [mail] = smtp.received;
    const [raw] = smtp.raws;
    expect(ack).toMatchObject({
      direction: 'out',
      medium: 'email',
      template: 'acknowledgement',
      to: 'a•••@example.nl', // C4: masked on screen; the ombudsman's case file has it whole
      from: 'Provider complaints <klachten@provider.example>',
      status: 'sent',
      messageId: mail?.messageId,
      subject: mail?.subject,
    });
    expect(ack?.eventId).toEqual(expect.any(Number)); // the acknowledgement event names it
    expect(ack?.sha256).toBe(sha256(raw ?? Buffer.alloc(0)));
    expect(ack?.text).toContain(trackingNumber);
    expect(mail?.text?.trim()).toBe(ack?.text?.trim());
    expect(ack?.html).toContain(trackingNumber);
  });

  it('C10 the case file lists the stored messages, acknowledgement first, unchanged by a later settings change', async () => {
    const exportJson = async () =>
      (await admin.get<{ messages: MessageItem[] }>(`/api/v1/cases/${trackingNumber}/case-file?format=json`))
        .body.messages;
    const before = await exportJson();
    expect(before[0]?.template).toBe('acknowledgement');
    expect(before[0]?.to).toBe('anneke@example.nl');
    expect(before[0]?.text).toBe((await messages())[0]?.text);

    const settings = (await admin.get<Record<string, unknown>>('/api/v1/settings/organisation')).body;
    const changed = await admin.send('PUT', '/api/v1/settings/organisation', {
      ...settings,
      name: 'A Different Name Inc.',
      complaintsPhone: '555-0100',
    });
    expect(changed.status).toBe(200);
    try {
      const after = await exportJson();
      expect(after).toEqual(before);
      expect(JSON.stringify(after)).not.toContain('555-0100');
      const pdf = await fetch(`${server.url}/api/v1/cases/${trackingNumber}/case-file?format=pdf`, {
        headers: { cookie: admin.credentials.cookie, 'x-csrf-token': admin.credentials.csrfToken },
      });
      expect(pdf.status).toBe(200);
    } finally {
      await admin.send('PUT', '/api/v1/settings/organisation', settings);
    }
  });

  it('a staff member who may not see the case gets 403 or 404, never the messages', async () => {
    const unknown = await admin.get(`/api/v1/cases/RDX-0000-0000/messages`);
    expect([400, 404]).toContain(unknown.status);
  });
});
