import { describe, expect, it } from 'vitest';
import { findOutboxMessages } from '../../src/store/outbox-store.js';
import { aComplaint, postJson } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { freePort } from '../support/free-port.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { startTestServer } from '../support/test-server.js';
import { until } from '../support/waiting.js';

describe('C6 C12 the acknowledgement email over real SMTP', () => {
  it('C6 arrives in the customer’s language with the tracking number and the expected date', async () => {
    const smtp = await startSmtpSink();
    const server = await startTestServer(
      { SMTP_URL: smtp.url, MAIL_FROM: 'klachten@provider.example' },
      {
        clock: manualClock('2026-11-20T15:00:00Z'),
      },
    );
    try {
      const response = await postJson(
        server,
        '/api/v1/complaints',
        aComplaint({
          language: 'nl',
          customer: {
            name: 'Anneke <b>de Vries</b>',
            email: 'anneke@example.nl',
            type: 'residential',
            province: 'ON',
          },
        }),
      );
      const { trackingNumber } = (await response.json()) as { trackingNumber: string };
      const [mail] = await smtp.waitFor(1);
      expect(mail?.subject).toBe(`We hebben uw klacht ontvangen — ${trackingNumber}`);
      expect(mail?.headers.get('content-language')).toBe('nl');
      expect(mail?.from?.text).toBe('klachten@provider.example');
      expect(mail?.text).toContain('Beste Anneke <b>de Vries</b>,');
      expect(mail?.text).toContain('We streven ernaar ons onderzoek af te ronden op 4 december 2026.');
      expect(mail?.html).toContain('Anneke &lt;b>de Vries&lt;/b>'); // customer text is inert in HTML
      expect(mail?.html).not.toContain('<b>de Vries</b>');

      const row = await server.storage.database.db
        .selectFrom('complaint_case')
        .select('id')
        .where('tracking_number', '=', trackingNumber)
        .executeTakeFirstOrThrow();
      // The sink has the mail a moment before the worker hears SMTP's answer and marks it sent.
      const outboxRow = async () => (await findOutboxMessages(server.storage.database.db, row.id))[0];
      await until(async () => (await outboxRow())?.status === 'sent', 5_000);
      const outbox = await outboxRow();
      expect(mail?.messageId).toBe(outbox?.message_id);
    } finally {
      await server.stop();
      await smtp.close();
    }
  });

  it('C6 many acknowledgements share a few SMTP connections, each message with its own Message-ID', async () => {
    const smtp = await startSmtpSink();
    const clock = manualClock('2026-11-20T15:00:00Z');
    const server = await startTestServer({ SMTP_URL: smtp.url }, { clock });
    try {
      for (let i = 0; i < 12; i++) {
        const response = await postJson(server, '/api/v1/complaints', aComplaint({ language: 'fr' }));
        expect(response.status).toBe(201);
      }
      await server.outbox.runOnce();
      const mails = await smtp.waitFor(12);
      expect(new Set(mails.map((mail) => mail.messageId)).size).toBe(12);
      expect(smtp.connections()).toBeLessThanOrEqual(4); // pooled: not a connection per message
    } finally {
      await server.stop();
      await smtp.close();
    }
  });

  it('loses nothing while SMTP is down: delivery resumes when it returns', async () => {
    const port = await freePort();
    const clock = manualClock('2026-11-20T15:00:00Z');
    const server = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${port}` }, { clock });
    try {
      const response = await postJson(server, '/api/v1/complaints', aComplaint({ language: 'it' }));
      expect(response.status).toBe(201);
      await server.outbox.runOnce(); // SMTP is down: the attempt fails
      const db = server.storage.database.db;
      const [pending] = await db.selectFrom('message').selectAll().where('status', '=', 'queued').execute();
      expect(pending?.attempts).toBeGreaterThanOrEqual(1);
      expect(pending?.last_error).toMatch(/ECONNREFUSED/);

      const smtp = await startSmtpSink(port);
      try {
        clock.advance(10 * 60_000); // past the retry delay
        await server.outbox.runOnce();
        const [mail] = await smtp.waitFor(1);
        expect(mail?.subject).toMatch(/^Abbiamo ricevuto il tuo reclamo — RDX-/);
        expect(mail?.messageId).toBe(pending?.message_id);
      } finally {
        await smtp.close();
      }
    } finally {
      await server.stop();
    }
  });
});
