import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, aComplaint, postJson } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { freePort } from '../support/free-port.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { type StaffClient, signInAs } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';
import { until } from '../support/waiting.js';

interface MessageItem {
  id: string;
  status: string;
  template: string | null;
  messageId: string;
}

describe('issue 16 nothing is abandoned silently', () => {
  const clock = manualClock('2026-11-20T15:00:00Z');
  let port: number;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let admin: StaffClient;

  beforeAll(async () => {
    port = await freePort();
    server = await startTestServer({ ...ADMIN_ENV, SMTP_URL: `smtp://127.0.0.1:${port}` }, { clock });
    admin = await signInAs(server);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('C6 an acknowledgement the outbox gives up on is on the case and the dashboard, and can be sent again as it was', async () => {
    const filed = await postJson(server, '/api/v1/complaints', aComplaint({ language: 'fr' }));
    const { trackingNumber } = (await filed.json()) as { trackingNumber: string };
    const messages = async () =>
      (await admin.get<{ items: MessageItem[] }>(`/api/v1/cases/${trackingNumber}/messages`)).body.items;
    // SMTP stays down through every attempt (12, about five hours of backoff).
    const status = async () =>
      (
        await server.storage.database.db
          .selectFrom('message')
          .select('status')
          .where('case_id', '=', (eb) =>
            eb.selectFrom('complaint_case').select('id').where('tracking_number', '=', trackingNumber),
          )
          .executeTakeFirstOrThrow()
      ).status;
    for (let attempt = 0; attempt < 40 && (await status()) !== 'failed'; attempt++) {
      clock.advance(2 * 3_600_000);
      await server.outbox.runOnce();
    }
    admin = await signInAs(server); // days passed: the earlier session is over
    const [ack] = await messages();
    expect(ack?.status).toBe('failed');
    const timeline = (await admin.get<{ timeline: { type: string }[] }>(`/api/v1/cases/${trackingNumber}`))
      .body.timeline;
    expect(timeline.map((e) => e.type)).toContain('message_failed');
    const dashboard = await admin.get<{ undeliveredMessages: number }>('/api/v1/dashboard');
    expect(dashboard.body.undeliveredMessages).toBeGreaterThanOrEqual(1);

    const smtp = await startSmtpSink(port);
    try {
      const retried = await admin.post(`/api/v1/cases/${trackingNumber}/messages/${ack?.id}/retry`);
      expect(retried.status).toBe(200);
      await server.outbox.runOnce();
      const [mail] = await smtp.waitFor(1);
      expect(mail?.messageId).toBe(ack?.messageId); // the same message, not a new rendering
      await until(async () => (await messages())[0]?.status === 'sent', 5_000);
      const again = await admin.post(`/api/v1/cases/${trackingNumber}/messages/${ack?.id}/retry`);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        code: 'NOTHING_TO_RETRY',
        title: 'Only an email that failed or bounced can be sent again',
      });
      const after = (await admin.get<{ timeline: { type: string }[] }>(`/api/v1/cases/${trackingNumber}`))
        .body.timeline;
      expect(after.map((e) => e.type)).toContain('message_retried');
    } finally {
      await smtp.close();
    }
  });
});
