import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { colleague, phoneComplaint, type StaffClient, signInAs, versionOf } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let admin: StaffClient;
const clock = manualClock('2026-11-20T15:00:00Z');

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({ ...ADMIN_ENV, SMTP_URL: smtp.url }, { clock });
  admin = await signInAs(server);
});

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

async function codeSentTo(address: string): Promise<string> {
  for (let tries = 0; tries < 100; tries += 1) {
    await server.outbox.runOnce();
    const mail = [...smtp.received]
      .reverse()
      .find(
        (m) =>
          (m.to && !Array.isArray(m.to) ? m.to.text : '').includes(address) && m.subject?.includes('code'),
      );
    const code = mail?.text?.match(/\b(\d{6})\b/)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no code reached ${address}`);
}

describe('C4 identity checks gate the customer’s personal data', () => {
  it('C4 the case shows the customer masked; unmasking and changing contact details need a passed check', async () => {
    const advisor = await colleague(server, admin, 'advisor', { name: 'Sam Okafor' });
    const tn = await phoneComplaint(advisor);
    const file = await advisor.get<{ customer: Record<string, unknown> }>(`/api/v1/cases/${tn}`);
    expect(file.body.customer).toMatchObject({
      name: 'Kim Tremblay',
      email: 'k•••@example.org',
      phone: '•••• 1234',
      accountNumber: '•••• 899',
      masked: true,
    });
    expect(JSON.stringify(file.body)).not.toContain('kim@example.org');

    const reveal = await advisor.get(`/api/v1/cases/${tn}/customer`);
    expect(reveal.status).toBe(403);
    expect(reveal.body.code).toBe('IDENTITY_CHECK_REQUIRED');
    const change = await advisor.post(`/api/v1/cases/${tn}/contact-details`, {
      email: 'attacker@example.net',
      version: await versionOf(advisor, tn),
    });
    expect(change.status).toBe(403);

    const failed = await advisor.post(`/api/v1/cases/${tn}/identity-checks`, {
      method: 'security_question',
      result: 'failed',
    });
    expect(failed.body).toEqual({ verifiedUntil: null });
    expect((await advisor.get(`/api/v1/cases/${tn}/customer`)).status).toBe(403);

    const passed = await advisor.post(`/api/v1/cases/${tn}/identity-checks`, {
      method: 'account_pin',
      result: 'passed',
    });
    expect(passed.status).toBe(200);
    expect(passed.body.verifiedUntil).toBe('2026-11-20T16:00:00.000Z');
    const unmasked = await advisor.get(`/api/v1/cases/${tn}/customer`);
    expect(unmasked.body).toEqual({
      name: 'Kim Tremblay',
      email: 'kim@example.org',
      phone: '+1 416 555 1234',
      postalAddress: null,
      accountNumber: 'ACC-778899',
    });
    const changed = await advisor.post(`/api/v1/cases/${tn}/contact-details`, {
      email: 'kim.tremblay@example.org',
      version: await versionOf(advisor, tn),
    });
    expect(changed.status).toBe(200);

    // Each check and each view of unmasked data is on the record: who, how, when.
    const timeline = (
      await advisor.get<{ timeline: { type: string; actorName: string; data: Record<string, unknown> }[] }>(
        `/api/v1/cases/${tn}`,
      )
    ).body.timeline;
    const checks = timeline.filter((e) => e.type === 'identity_checked').map((e) => e.data);
    expect(checks).toEqual([
      { method: 'security_question', result: 'failed' },
      { method: 'account_pin', result: 'passed' },
    ]);
    const views = timeline.filter((e) => e.type === 'personal_data_viewed');
    expect(views).toHaveLength(1);
    expect(views[0]?.actorName).toBe('Sam Okafor');
    expect(timeline.find((e) => e.type === 'contact_details_changed')?.data).toEqual({
      fields: ['customer_email'],
    });
  });

  it('C4 a check belongs to the person who made it, for an hour', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const other = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(advisor);
    await advisor.post(`/api/v1/cases/${tn}/identity-checks`, { method: 'account_pin', result: 'passed' });
    expect((await advisor.get(`/api/v1/cases/${tn}/customer`)).status).toBe(200);
    expect((await other.get(`/api/v1/cases/${tn}/customer`)).status).toBe(403);
    clock.advance(61 * 60 * 1000);
    expect((await advisor.get(`/api/v1/cases/${tn}/customer`)).status).toBe(403);
  });

  it('C4 a one-time code goes to the email on file; a wrong code is a failed check, the right one passes once', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(advisor, {
      customer: { name: 'Lea Moreau', email: 'lea@example.org', type: 'residential', province: 'QC' },
      language: 'fr',
    });
    const sent = await advisor.post(`/api/v1/cases/${tn}/identity-checks/code`);
    expect(sent.status).toBe(202);
    const code = await codeSentTo('lea@example.org');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const refused = await advisor.post(`/api/v1/cases/${tn}/identity-checks`, {
      method: 'one_time_code',
      code: wrong,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: '/code', code: 'codeIncorrect' })]);
    const accepted = await advisor.post(`/api/v1/cases/${tn}/identity-checks`, {
      method: 'one_time_code',
      code,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.verifiedUntil).not.toBeNull();
    const reused = await advisor.post(`/api/v1/cases/${tn}/identity-checks`, {
      method: 'one_time_code',
      code,
    });
    expect(reused.status).toBe(422);
    const results = (
      await advisor.get<{ timeline: { type: string; data: { result?: string } }[] }>(`/api/v1/cases/${tn}`)
    ).body.timeline
      .filter((e) => e.type === 'identity_checked')
      .map((e) => e.data.result);
    expect(results).toEqual(['failed', 'passed', 'failed']);
  });

  it('C4 a code expires after 15 minutes', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(advisor, {
      customer: { name: 'Max Weber', email: 'max@example.org', type: 'residential', province: 'ON' },
    });
    await advisor.post(`/api/v1/cases/${tn}/identity-checks/code`);
    const code = await codeSentTo('max@example.org');
    clock.advance(16 * 60 * 1000);
    const late = await advisor.post(`/api/v1/cases/${tn}/identity-checks`, { method: 'one_time_code', code });
    expect(late.status).toBe(422);
  });
});
