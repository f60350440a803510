import nodemailer from 'nodemailer';
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
  status: string;
  subject: string | null;
  text: string | null;
  messageId: string;
  template: string | null;
  from: string | null;
}

const INBOUND = 'complaints@provider.example';

describe('issue 16 customers’ emails come in and find their case (built-in SMTP listener)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let admin: StaffClient;
  let mta: ReturnType<typeof nodemailer.createTransport>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startTestServer(
      {
        ...ADMIN_ENV,
        SMTP_URL: smtp.url,
        MAIL_FROM: `Provider <${INBOUND}>`,
        INBOUND_SMTP_PORT: '0',
        INBOUND_ADDRESS: INBOUND,
        INBOUND_PLUS_ADDRESSING: 'on',
        INBOUND_MAX_BYTES: '200000',
        INBOUND_NEW_CASES_PER_SENDER_PER_HOUR: '2',
      },
      { clock: manualClock('2026-11-20T15:00:00Z') },
    );
    admin = await signInAs(server);
    mta = nodemailer.createTransport({
      host: '127.0.0.1',
      port: server.inboundSmtp?.port ?? 0,
      secure: false,
      ignoreTLS: true,
    });
  });
  afterAll(async () => {
    mta?.close();
    await server?.stop();
    await smtp?.close();
  });

  const messages = async (tn: string) =>
    (await admin.get<{ items: MessageItem[] }>(`/api/v1/cases/${tn}/messages`)).body.items;
  const timeline = async (tn: string) =>
    (await admin.get<{ timeline: { type: string }[]; status: string }>(`/api/v1/cases/${tn}`)).body;
  const inboundRows = () =>
    server.storage.database.db
      .selectFrom('message')
      .select(['id', 'status', 'case_id', 'subject', 'message_id', 'payload'])
      .where('direction', '=', 'in')
      .orderBy('position')
      .execute();

  async function fileFor(email: string): Promise<{ trackingNumber: string; ackMessageId: string }> {
    const filed = await postJson(
      server,
      '/api/v1/complaints',
      aComplaint({ customer: { name: 'Rosa Lopez', email, type: 'residential', province: 'ON' } }),
    );
    const { trackingNumber } = (await filed.json()) as { trackingNumber: string };
    const [ack] = await messages(trackingNumber);
    return { trackingNumber, ackMessageId: ack?.messageId ?? '' };
  }

  it('C6 an acknowledgement says where to answer: Reply-To is the inbound address, plus-addressed with the case', async () => {
    const { trackingNumber } = await fileFor('reply-to@example.org');
    const mails = await smtp.waitFor(1);
    const mail = mails.find((m) => m.subject?.includes(trackingNumber));
    expect(mail?.replyTo?.text).toBe(
      `complaints+${trackingNumber.toLowerCase()}@provider.example`.replace(
        trackingNumber.toLowerCase(),
        trackingNumber,
      ),
    );
  });

  it('C7 a reply threaded by In-Reply-To lands on its case as message_received, kept word for word', async () => {
    const { trackingNumber, ackMessageId } = await fileFor('rosa@example.org');
    await mta.sendMail({
      from: 'Rosa Lopez <rosa@example.org>',
      to: INBOUND,
      subject: 'Re: your acknowledgement',
      text: 'Here is my account number: 12345.',
      inReplyTo: ackMessageId,
      references: [ackMessageId],
    });
    const items = await messages(trackingNumber);
    const reply = items.find((m) => m.direction === 'in');
    expect(reply).toMatchObject({ status: 'received', subject: 'Re: your acknowledgement' });
    expect(reply?.text?.trim()).toBe('Here is my account number: 12345.');
    expect((await timeline(trackingNumber)).timeline.map((e) => e.type)).toContain('message_received');
  });

  it('C7 a reply threaded by plus-address, and one by the tracking number in its subject', async () => {
    const { trackingNumber } = await fileFor('plus@example.org');
    await mta.sendMail({
      from: 'plus@example.org',
      to: `complaints+${trackingNumber}@provider.example`,
      subject: 'More details',
      text: 'By plus-address.',
    });
    await mta.sendMail({
      from: 'PLUS@example.org',
      to: INBOUND,
      subject: `About ${trackingNumber.toLowerCase()}`,
      text: 'By subject.',
    });
    const texts = (await messages(trackingNumber))
      .filter((m) => m.direction === 'in')
      .map((m) => m.text?.trim());
    expect(texts).toEqual(['By plus-address.', 'By subject.']);
  });

  it('a stranger’s mail naming someone’s tracking number is held for staff, not attached', async () => {
    const { trackingNumber } = await fileFor('owner@example.org');
    await mta.sendMail({
      from: 'stranger@evil.example',
      to: INBOUND,
      subject: `Re: ${trackingNumber}`,
      text: 'Give me the details.',
    });
    expect((await messages(trackingNumber)).some((m) => m.direction === 'in')).toBe(false);
    const held = (await inboundRows()).find((r) => r.subject === `Re: ${trackingNumber}`);
    expect(held).toMatchObject({ status: 'held', case_id: null });
    expect(held?.payload).toMatchObject({ heldBecause: 'not_the_customer' });
  });

  it('C2 mail that matches no case opens one on channel email, acknowledged to the sender; an auto-reply opens none', async () => {
    await mta.sendMail({
      from: 'New Person <new@example.org>',
      to: INBOUND,
      subject: 'My line is dead',
      text: 'Since Monday.',
    });
    const opened = (await inboundRows()).find((r) => r.subject === 'My line is dead');
    expect(opened?.status).toBe('received');
    const row = await server.storage.database.db
      .selectFrom('complaint_case')
      .select(['tracking_number', 'channel', 'kind', 'customer_email', 'description'])
      .where('id', '=', opened?.case_id ?? '00000000-0000-0000-0000-000000000000')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      channel: 'email',
      kind: 'inquiry',
      customer_email: 'new@example.org',
      description: 'Since Monday.',
    });
    const items = await messages(row.tracking_number);
    // Oldest first: the email came in, then the acknowledgement went out.
    expect(items.map((m) => [m.direction, m.template ?? null])).toEqual([
      ['in', null],
      ['out', 'acknowledgement'],
    ]);

    await mta.sendMail({
      from: 'robot@example.org',
      to: INBOUND,
      subject: 'Out of office',
      text: 'I am away.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    const auto = (await inboundRows()).find((r) => r.subject === 'Out of office');
    expect(auto).toMatchObject({ status: 'held', case_id: null });
  });

  it('a sender over the hourly limit of new cases has the rest held', async () => {
    for (const n of [1, 2, 3])
      await mta.sendMail({
        from: 'busy@example.org',
        to: INBOUND,
        subject: `Problem ${n}`,
        text: `Number ${n}`,
      });
    const rows = (await inboundRows()).filter((r) => r.subject?.startsWith('Problem '));
    expect(rows.map((r) => r.status)).toEqual(['received', 'received', 'held']);
    expect(rows[2]?.payload).toMatchObject({ heldBecause: 'too_many_new_cases' });
  });

  it('the same message delivered twice is taken once', async () => {
    const { trackingNumber } = await fileFor('twice@example.org');
    const mail = {
      from: 'twice@example.org',
      to: INBOUND,
      subject: `Re ${trackingNumber}`,
      text: 'Once only.',
      messageId: '<same-one@example.org>',
    };
    await mta.sendMail(mail);
    await mta.sendMail(mail);
    expect((await messages(trackingNumber)).filter((m) => m.direction === 'in')).toHaveLength(1);
  });

  it('a bounce marks the outgoing message bounced and tells the case’s people', async () => {
    const { trackingNumber, ackMessageId } = await fileFor('gone@example.org');
    const report = [
      'From: MAILER-DAEMON@mx.example.org',
      `To: ${INBOUND}`,
      'Subject: Undelivered Mail Returned to Sender',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: rfc822; gone@example.org',
      'Action: failed',
      'Status: 5.1.1',
      '--b',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${ackMessageId}`,
      'Subject: We received your complaint',
      '--b--',
      '',
    ].join('\r\n');
    await mta.sendMail({ envelope: { from: '', to: [INBOUND] }, raw: report });
    const items = await messages(trackingNumber);
    expect(items.find((m) => m.messageId === ackMessageId)?.status).toBe('bounced');
    expect((await timeline(trackingNumber)).timeline.map((e) => e.type)).toContain('message_bounced');
  });

  it('staff sort held mail: place it on a case, or open a case from it; a second sort is refused (409)', async () => {
    const { trackingNumber } = await fileFor('sorted@example.org');
    await mta.sendMail({
      from: 'other.address@example.org',
      to: INBOUND,
      subject: `Re: ${trackingNumber}`,
      text: 'From my other address.',
    });
    await mta.sendMail({
      from: 'brand.new@example.org',
      to: INBOUND,
      subject: 'Out of office',
      text: 'x',
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
    const held = (
      await admin.get<{ items: (MessageItem & { heldBecause: string })[] }>(
        '/api/v1/inbound-messages?status=held',
      )
    ).body.items;
    const stranger = held.find((m) => m.subject === `Re: ${trackingNumber}`);
    expect(stranger?.heldBecause).toBe('not_the_customer');
    const placed = await admin.post(`/api/v1/inbound-messages/${stranger?.id}/assignment`, {
      trackingNumber,
    });
    expect(placed.status).toBe(200);
    expect(
      (await messages(trackingNumber)).filter((m) => m.direction === 'in').map((m) => m.text?.trim()),
    ).toEqual(['From my other address.']);
    const again = await admin.post(`/api/v1/inbound-messages/${stranger?.id}/assignment`, { trackingNumber });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'ALREADY_SORTED' });

    const auto = held.find((m) => m.from?.includes('brand.new@example.org'));
    const opened = await admin.post<{ trackingNumber: string }>(
      `/api/v1/inbound-messages/${auto?.id}/new-case`,
      { kind: 'complaint' },
    );
    expect(opened.status).toBe(201);
    const newCase = await timeline(opened.body.trackingNumber);
    expect(newCase.timeline.map((e) => e.type)).toContain('message_received');
  });

  it('hostile mail is stored as it came and shown inert on the console (collapsed, text only); ../ names are cut', async () => {
    const { trackingNumber } = await fileFor('hostile@example.org');
    await mta.sendMail({
      from: 'hostile@example.org',
      to: INBOUND,
      subject: `Re ${trackingNumber}`,
      text: 'Look <script>alert(1)</script> here',
      html: '<p>Look</p><script>alert(1)</script><img src=x onerror=alert(2)>',
      attachments: [
        { filename: '../../etc/passwd', content: 'root:x:0:0' },
        { filename: 'empty.txt', content: '' },
      ],
    });
    const reply = (await messages(trackingNumber)).find((m) => m.direction === 'in');
    expect(reply?.status).toBe('received');
    const stored = await server.storage.database.db
      .selectFrom('message')
      .select(['html_body', 'raw', 'payload'])
      .where('id', '=', reply?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(stored.html_body).toContain('<script>'); // kept exactly as it came
    expect(stored.raw?.length).toBeGreaterThan(100);
    expect(stored.payload).toMatchObject({
      attachments: [
        { fileName: 'passwd', size: 10 },
        { fileName: 'empty.txt', size: 0 },
      ],
    });
    const page = await (
      await fetch(`${server.url}/console/cases/${trackingNumber}`, {
        headers: { cookie: admin.credentials.cookie },
      })
    ).text();
    expect(page).toContain('<details class="stored-message">');
    expect(page).toContain('Look &lt;script>alert(1)&lt;/script> here');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).not.toContain('onerror=alert');
  });

  it('C3 a reply’s scan becomes a document of its case; what is not a PDF or an image stays in the stored message', async () => {
    const { trackingNumber } = await fileFor('scan@example.org');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    await mta.sendMail({
      from: 'scan@example.org',
      to: `complaints+${trackingNumber}@provider.example`,
      subject: 'The bill',
      text: 'Attached.',
      attachments: [
        { filename: 'bill.png', content: png, contentType: 'image/png' },
        { filename: 'macro.docm', content: 'PK not really a document' },
      ],
    });
    const file = await admin.get<{
      attachments: { id: string; fileName: string }[];
      timeline: { type: string; data: Record<string, unknown> }[];
    }>(`/api/v1/cases/${trackingNumber}`);
    expect(file.body.attachments.map((a) => a.fileName)).toEqual(['bill.png']);
    expect(file.body.timeline.find((e) => e.type === 'message_received')?.data).toMatchObject({
      documents: ['bill.png'],
      attachmentsNotKept: ['macro.docm'],
    });
    const opened = await fetch(
      `${server.url}/api/v1/cases/${trackingNumber}/documents/${file.body.attachments[0]?.id}`,
      {
        headers: { cookie: admin.credentials.cookie },
      },
    );
    expect(Buffer.from(await opened.arrayBuffer()).equals(png)).toBe(true);
  });

  it('a message over INBOUND_MAX_BYTES is refused with SMTP 552, and the listener keeps serving', async () => {
    await expect(
      mta.sendMail({ from: 'big@example.org', to: INBOUND, subject: 'Huge', text: 'x'.repeat(300_000) }),
    ).rejects.toMatchObject({ responseCode: 552 });
    await mta.sendMail({ from: 'small@example.org', to: INBOUND, subject: 'Small after huge', text: 'ok' });
    await until(async () => (await inboundRows()).some((r) => r.subject === 'Small after huge'), 5_000);
  });
});
