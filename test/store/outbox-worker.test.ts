import { randomUUID } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { outgoingEmail } from '../../src/app/messages/outgoing-email.js';
import { startOutboxWorker } from '../../src/jobs/outbox-worker.js';
import type { RawMail } from '../../src/notify/mailer.js';
import { enqueueMessage } from '../../src/store/outbox-store.js';
import { testContext } from '../support/app-context.js';
import { type TestDatabase, testBackends } from '../support/databases.js';

describe.each(testBackends())('the typed outbox, on $name', (backend) => {
  let database: TestDatabase;
  let ctx: AppContext;
  const sent: RawMail[] = [];
  const worker = () =>
    startOutboxWorker({
      ctx,
      mailer: {
        description: 'memory',
        connections: 1,
        send: async (mail) => void sent.push(mail),
        close() {},
      },
      log: { info() {}, warn() {} },
      pollMs: 60_000,
    });
  beforeAll(async () => {
    database = await backend.open();
    ctx = testContext(database.db, { clock: () => new Date() });
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('a payload written through the union comes back as the same kind, rendered from its own fields', async () => {
    await enqueueMessage(
      ctx.db,
      await outgoingEmail(ctx, ctx.db, {
        caseId: null,
        recipient: 'sam@provider.example',
        language: 'fr',
        payload: {
          template: 'staff_password_link',
          kind: 'welcome',
          token: 'tok-123',
          displayName: 'Sam',
          expiresAt: new Date().toISOString(),
        },
        at: new Date(),
      }),
    );
    const outbox = worker();
    try {
      expect(await outbox.runOnce()).toBe(1);
    } finally {
      await outbox.stop();
    }
    const mail = sent.at(-1);
    expect(mail?.to).toBe('sam@provider.example');
    const parsed = await simpleParser(mail?.raw ?? Buffer.alloc(0));
    expect(parsed.text).toContain('/console/password?token=tok-123');
    expect(parsed.text).toContain('Sam');
    // The secret link is not kept once sent: the log is (recipient, subject, times, hash).
    const stored = await database.db
      .selectFrom('message')
      .select(['status', 'raw', 'text_body', 'html_body', 'subject', 'sha256', 'content_withheld'])
      .where('message_id', '=', mail?.messageId ?? '')
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      status: 'sent',
      raw: null,
      text_body: null,
      html_body: null,
      content_withheld: true,
    });
    expect(stored.subject).toBeTruthy();
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a template this version does not know is marked failed at once, not retried', async () => {
    const id = randomUUID();
    await database.db
      .insertInto('message')
      .values({
        id,
        case_id: null,
        recipient: 'x@example.org',
        language: 'en',
        template: 'from_a_newer_version',
        payload: '{}',
        message_id: `<${id}@redress.test>`,
        created_at: new Date(),
        next_attempt_at: new Date(),
      })
      .execute();
    const outbox = worker();
    try {
      expect(await outbox.runOnce()).toBe(0);
    } finally {
      await outbox.stop();
    }
    const row = await database.db
      .selectFrom('message')
      .select(['status', 'attempts', 'last_error'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.last_error).toMatch(/unknown template/);
  });
});
