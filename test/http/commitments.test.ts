import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { colleague, phoneComplaint, type StaffClient, signInAs, versionOf } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let admin: StaffClient;
// Friday 20 November 2026, 10:00 in Toronto: a complaint today is due Friday 4 December.
const clock = manualClock('2026-11-20T15:00:00Z');
const moveTo = (iso: string) => clock.advance(new Date(iso).getTime() - clock().getTime());

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({ ...ADMIN_ENV, SMTP_URL: smtp.url }, { clock });
  admin = await signInAs(server);
});

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

async function mailTo(address: string, subjectPart: string) {
  const find = () =>
    smtp.received.find(
      (m) =>
        (m.to && !Array.isArray(m.to) ? m.to.text : '').includes(address) &&
        (m.subject ?? '').includes(subjectPart),
    );
  for (let tries = 0; tries < 100 && !find(); tries += 1) {
    await server.outbox.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const mail = find();
  if (!mail)
    throw new Error(`no mail to ${address} about ${subjectPart}: ${smtp.received.map((m) => m.subject)}`);
  return mail;
}

/** The same colleague, signed in again (sessions end when the clock moves by days). */
async function again<T extends StaffClient & { id: string; email: string }>(who: T): Promise<T> {
  const fresh = await signInAs(server, { email: who.email, password: 'a long enough password' });
  return { ...who, ...fresh };
}

type File = {
  expectedResponseBy: string;
  delayNoticeDue: string | null;
  actions: string[];
  timeline: { type: string; data?: Record<string, unknown> }[];
};

describe('C10 closing a complaint', () => {
  it('C10 the customer is told of the ombudsman by the escalation acknowledgement; the case remembers when', async () => {
    moveTo('2026-11-20T15:00:00Z');
    const staff = await signInAs(server);
    const tn = await phoneComplaint(staff);
    type Told = { ombudsmanNoticeSentAt: string | null };
    expect((await staff.get<Told>(`/api/v1/cases/${tn}`)).body.ombudsmanNoticeSentAt).toBeNull();
    const escalated = await staff.post(`/api/v1/cases/${tn}/escalations`, {
      customerWords: 'I want a manager.',
      requestedVia: 'phone',
      version: await versionOf(staff, tn),
    });
    expect(escalated.status).toBe(200);
    expect((await staff.get<Told>(`/api/v1/cases/${tn}`)).body.ombudsmanNoticeSentAt).toBe(
      '2026-11-20T15:00:00.000Z',
    );
    const mail = await mailTo('kim@example.org', 'escalation');
    expect(mail.text).toContain('1-888-221-1687');
  });
});

describe('C8 the expected date is watched, and the owner is made to keep it or say why not', () => {
  it('C8 one business day before, the owner owes a delay notice; sent with a reason and a new date, it moves the promise', async () => {
    let advisor = await colleague(server, admin, 'advisor', { name: 'Dana Owner' });
    const tn = await phoneComplaint(advisor, {
      customer: { name: 'Lee Wong', email: 'lee@example.org', type: 'residential', province: 'ON' },
    });
    await advisor.post(`/api/v1/cases/${tn}/assignment`, {
      ownerId: advisor.id,
      version: await versionOf(advisor, tn),
    });
    let file = (await advisor.get<File>(`/api/v1/cases/${tn}`)).body;
    expect(file.expectedResponseBy).toBe('2026-12-04');
    expect(file.delayNoticeDue).toBeNull();

    moveTo('2026-12-03T14:00:00Z'); // Thursday, the business day before
    await server.sweep.runOnce();
    advisor = await again(advisor); // days passed: a new session
    file = (await advisor.get<File>(`/api/v1/cases/${tn}`)).body;
    expect(file.delayNoticeDue).toBe('2026-12-04');
    expect(file.actions).toContain('send_delay_notice');
    const task = await mailTo(advisor.email, 'delay notice');
    expect(task.text).toContain(tn);
    const page = await fetch(`${server.url}/console/cases/${tn}`, {
      headers: { cookie: advisor.credentials.cookie },
    });
    expect(await page.text()).toContain('data-testid="delay-task"');

    const tooEarly = await advisor.post(`/api/v1/cases/${tn}/delay-notice`, {
      reason: 'We wait for the carrier.',
      expectedResponseBy: '2026-12-04',
      version: await versionOf(advisor, tn),
    });
    expect(tooEarly.status).toBe(422);
    expect(JSON.stringify(tooEarly.body)).toContain('expectedResponseBy');
    const sent = await advisor.post(`/api/v1/cases/${tn}/delay-notice`, {
      reason: 'We are waiting for the carrier’s report on your line.',
      expectedResponseBy: '2026-12-11',
      version: await versionOf(advisor, tn),
    });
    expect(sent.status).toBe(200);
    const notice = await mailTo('lee@example.org', 'will take longer');
    expect(notice.text).toContain('carrier’s report');
    expect(notice.text).toContain('December 11, 2026');
    file = (await advisor.get<File>(`/api/v1/cases/${tn}`)).body;
    expect(file.expectedResponseBy).toBe('2026-12-11');
    expect(file.delayNoticeDue).toBeNull();
    expect(file.timeline.map((e) => e.type)).toContain('expected_date_moved');

    // The old date passes: no breach for a promise that was moved in time.
    moveTo('2026-12-05T14:00:00Z');
    await server.sweep.runOnce();
    advisor = await again(advisor);
    const breaches = (await advisor.get<File>(`/api/v1/cases/${tn}`)).body.timeline.filter(
      (e) => e.type === 'commitment_breached' && e.data?.commitment === 'response',
    );
    expect(breaches).toEqual([]);
  });

  it('C8 when the date passes without an outcome or a delay notice, the customer is told and the breach recorded', async () => {
    moveTo('2026-11-20T15:00:00Z');
    const advisor = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(advisor, {
      customer: { name: 'Ola Nowak', email: 'ola@example.org', type: 'residential', province: 'ON' },
    });
    moveTo('2026-12-05T14:00:00Z');
    expect(await server.sweep.runOnce()).toBeGreaterThanOrEqual(3);
    const mail = await mailTo('ola@example.org', 'will take longer');
    expect(mail.text).toContain('December 4, 2026');
    const file = (await (await signInAs(server)).get<File>(`/api/v1/cases/${tn}`)).body;
    expect(
      file.timeline.filter((e) => e.type === 'commitment_breached' && e.data?.commitment === 'response'),
    ).toHaveLength(1);
    expect(await server.sweep.runOnce()).toBe(0);
  });
});
