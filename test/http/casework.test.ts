import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { colleague, phoneComplaint, type StaffClient, signInAs, versionOf } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Sink = Awaited<ReturnType<typeof startSmtpSink>>;

let server: Server;
let smtp: Sink;
let admin: StaffClient;
const clock = manualClock('2026-11-20T15:00:00Z');

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer(
    { ...ADMIN_ENV, SMTP_URL: smtp.url, MAIL_FROM: 'complaints@provider.example' },
    { clock },
  );
  admin = await signInAs(server);
});

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

async function mailTo(address: string, subjectPart: string) {
  const matches = () =>
    smtp.received.find(
      (m) =>
        (m.to && !Array.isArray(m.to) ? m.to.text : '').includes(address) &&
        (m.subject ?? '').includes(subjectPart),
    );
  for (let tries = 0; tries < 100 && !matches(); tries += 1) {
    await server.outbox.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const mail = matches();
  if (!mail)
    throw new Error(
      `no mail to ${address} about “${subjectPart}”: ${smtp.received.map((m) => m.subject).join(' | ')}`,
    );
  return mail;
}

describe('C7 C8 C9 an advisor works a phone complaint; managers take the escalations', () => {
  it('C8 C9 from intake through a logged call and an outcome, to a level-2 escalation and a final response at level 3', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const manager = await colleague(server, admin, 'senior_manager');
    const head = await colleague(server, admin, 'head_of_support');
    const tn = await phoneComplaint(advisor, {
      customer: { name: 'Noor Haddad', email: 'noor@example.org', type: 'residential', province: 'ON' },
    });

    // The advisor takes it and logs a call with the date of the next update (C7).
    let version = await versionOf(advisor, tn);
    const taken = await advisor.post(`/api/v1/cases/${tn}/assignment`, { ownerId: advisor.id, version });
    expect(taken.status).toBe(200);
    const call = await advisor.post(`/api/v1/cases/${tn}/contacts`, {
      channel: 'phone',
      direction: 'outbound',
      summary: 'Called the customer; the double charge is visible on the October bill.',
      nextUpdateBy: '2026-11-25',
      version: taken.body.version,
    });
    expect(call.status).toBe(200);
    expect(call.headers.get('etag')).toBe(`"${call.body.version}"`);
    const mine = await advisor.get<{
      items: { trackingNumber: string; nextUpdateBy: string; dueOn: string }[];
    }>('/api/v1/cases?view=mine');
    const row = mine.body.items.find((i) => i.trackingNumber === tn);
    expect(row?.nextUpdateBy).toBe('2026-11-25');
    expect(row?.dueOn).toBe('2026-11-25'); // the next update comes before the expected response date

    // The outcome (C8) goes to the customer at once, with how to escalate.
    const outcome = await advisor.post(`/api/v1/cases/${tn}/outcome`, {
      text: 'We refund the second October charge.',
      remedy: 'A credit of $54.95 on your next bill.',
      version: call.body.version,
    });
    expect(outcome.status).toBe(200);
    expect(outcome.body.status).toBe('outcome_given');
    const outcomeMail = await mailTo('noor@example.org', 'outcome');
    expect(outcomeMail.text).toContain('We refund the second October charge.');
    expect(outcomeMail.text).toContain('A credit of $54.95');
    expect(outcomeMail.text).toContain('a senior manager');
    expect(outcomeMail.text).toContain('/follow');

    // The customer phones back, not satisfied: the advisor records the escalation request in their words (C9).
    const escalation = await advisor.post(`/api/v1/cases/${tn}/escalations`, {
      customerWords: 'A credit is not enough, I want the fee waived for three months.',
      requestedVia: 'phone',
      version: outcome.body.version,
    });
    expect(escalation.status).toBe(200);
    expect(escalation.body).toMatchObject({ status: 'escalated', escalationLevel: 2 });
    const escalationMail = await mailTo('noor@example.org', 'escalation');
    expect(escalationMail.text).toContain('You will have an answer by'); // its own date (C9)
    expect(escalationMail.text).toContain('Commission for Complaints for Telecom-television Services'); // C10

    // It waits in the senior managers' queue, not the head of support's; an advisor cannot take it.
    const managerQueue = await manager.get<{ items: { trackingNumber: string }[] }>(
      '/api/v1/cases?view=escalated',
    );
    expect(managerQueue.body.items.map((i) => i.trackingNumber)).toContain(tn);
    const headQueue = await head.get<{ items: { trackingNumber: string }[] }>('/api/v1/cases?view=escalated');
    expect(headQueue.body.items.map((i) => i.trackingNumber)).toContain(tn); // the head answers at level 2 as well
    const advisorTakes = await advisor.post(`/api/v1/cases/${tn}/escalation-taken`, {
      version: escalation.body.version,
    });
    expect(advisorTakes.status).toBe(403);

    // The manager takes it with the whole history in view.
    const managerTakes = await manager.post(`/api/v1/cases/${tn}/escalation-taken`, {
      version: escalation.body.version,
    });
    expect(managerTakes.status).toBe(200);
    const file = await manager.get<{
      owner: { id: string };
      timeline: { type: string; customerVisible: boolean; data: Record<string, unknown> }[];
    }>(`/api/v1/cases/${tn}`);
    expect(file.body.owner.id).toBe(manager.id);
    const types = file.body.timeline.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'case_received',
        'case_acknowledged',
        'case_assigned',
        'contact_logged',
        'investigation_started',
        'outcome_given',
        'message_sent',
        'escalated',
        'escalation_taken',
      ]),
    );
    expect(file.body.timeline.find((e) => e.type === 'escalated')?.data.customerWords).toContain(
      'three months',
    );
    expect(file.body.timeline.find((e) => e.type === 'contact_logged')?.customerVisible).toBe(false);

    // The customer asks for the head of support: level 3, where only a final response is possible.
    version = managerTakes.body.version as number;
    const toHead = await manager.post(`/api/v1/cases/${tn}/escalations`, {
      customerWords: 'I want to speak to the head of support.',
      requestedVia: 'phone',
      level: 3,
      version,
    });
    expect(toHead.body).toMatchObject({ status: 'escalated', escalationLevel: 3 });
    const managerRetakes = await manager.post(`/api/v1/cases/${tn}/escalation-taken`, {
      version: toHead.body.version,
    });
    expect(managerRetakes.status).toBe(403);
    const headTakes = await head.post(`/api/v1/cases/${tn}/escalation-taken`, {
      version: toHead.body.version,
    });
    expect(headTakes.status).toBe(200);
    const notAnOutcome = await head.post(`/api/v1/cases/${tn}/outcome`, {
      text: 'x',
      version: headTakes.body.version,
    });
    expect(notAnOutcome.status).toBe(409);
    expect(notAnOutcome.body.code).toBe('FINAL_RESPONSE_REQUIRED');
    const final = await head.post(`/api/v1/cases/${tn}/final-response`, {
      text: 'We waive the monthly fee for three months.',
      remedy: 'No monthly fee for December, January and February.',
      version: headTakes.body.version,
    });
    expect(final.status).toBe(200);
    expect(final.body.status).toBe('final_response_given');
    const finalMail = await mailTo('noor@example.org', 'final response');
    expect(finalMail.text).toContain('We waive the monthly fee for three months.');
    expect(finalMail.text).toContain('Commission for Complaints for Telecom-television Services');

    const closed = await head.post(`/api/v1/cases/${tn}/closure`, { version: final.body.version });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
  });

  it('C7 a message from a template in the customer’s language: the preview is the text that is sent', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(advisor, {
      language: 'fr',
      customer: { name: 'Élise Roy', email: 'elise@example.org', type: 'residential', province: 'QC' },
    });
    const preview = await advisor.post<{ subject: string; paragraphs: string[] }>(
      `/api/v1/cases/${tn}/messages/preview`,
      {
        template: 'progress_update',
        text: 'Nous attendons la réponse du technicien.',
        nextUpdateBy: '2026-11-27',
      },
    );
    expect(preview.status).toBe(200);
    expect(preview.body.subject).toContain('Des nouvelles de votre dossier');
    expect(preview.body.paragraphs.join(' ')).toContain('27 novembre 2026');
    const sent = await advisor.post(`/api/v1/cases/${tn}/messages`, {
      template: 'progress_update',
      text: 'Nous attendons la réponse du technicien.',
      nextUpdateBy: '2026-11-27',
      version: await versionOf(advisor, tn),
    });
    expect(sent.status).toBe(200);
    const mail = await mailTo('elise@example.org', 'Des nouvelles');
    for (const paragraph of preview.body.paragraphs) expect(mail.text).toContain(paragraph);
    expect(mail.subject).toBe(preview.body.subject);
  });

  it('C7 a letter for a customer who prefers post, printable from the case; asking for information waits for the customer', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(advisor, {
      customer: {
        name: 'Paul Smith',
        postalAddress: '12 Main St, Ottawa ON K1A 0A1',
        type: 'residential',
        province: 'ON',
      },
      preferredContact: 'post',
    });
    let version = await versionOf(advisor, tn);
    const started = await advisor.post(`/api/v1/cases/${tn}/investigation`, { version });
    expect(started.body.status).toBe('investigating');
    const asked = await advisor.post(`/api/v1/cases/${tn}/messages`, {
      template: 'information_request',
      text: 'Please send us a copy of your October bill.',
      version: started.body.version,
    });
    expect(asked.body.status).toBe('waiting_for_customer');
    const file = await advisor.get<{ timeline: { id: number; type: string; data: { medium?: string } }[] }>(
      `/api/v1/cases/${tn}`,
    );
    const letter = file.body.timeline.find((e) => e.type === 'message_sent');
    expect(letter?.data.medium).toBe('letter');
    const pdf = await fetch(`${server.url}/api/v1/cases/${tn}/letters/${letter?.id}`, {
      headers: { cookie: advisor.credentials.cookie },
    });
    expect(pdf.status, await pdf.clone().text()).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // The customer's reply comes in: the investigation resumes by itself.
    version = asked.body.version as number;
    const reply = await advisor.post(`/api/v1/cases/${tn}/contacts`, {
      channel: 'letter',
      direction: 'inbound',
      summary: 'The bill arrived by post.',
      version,
    });
    expect(reply.body.status).toBe('investigating');
  });

  it('C8 a promised remedy is recorded as carried out once the customer accepted, and only then can the case close', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(advisor, {
      customer: { name: 'Ana Silva', email: 'ana@example.org', type: 'small_business', province: 'BC' },
    });
    const outcome = await advisor.post(`/api/v1/cases/${tn}/outcome`, {
      text: 'Your line was misconfigured.',
      remedy: 'A technician visit on Monday.',
      version: await versionOf(advisor, tn),
    });
    const accepted = await advisor.post(`/api/v1/cases/${tn}/outcome-reply`, {
      accepted: true,
      version: outcome.body.version,
    });
    expect(accepted.body.status).toBe('outcome_accepted');
    const early = await advisor.post(`/api/v1/cases/${tn}/closure`, { version: accepted.body.version });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('REMEDY_NOT_CARRIED_OUT');
    const future = await advisor.post(`/api/v1/cases/${tn}/remedy`, {
      carriedOutOn: '2026-12-24',
      text: 'The technician came.',
      version: accepted.body.version,
    });
    expect(future.status).toBe(422);
    const done = await advisor.post(`/api/v1/cases/${tn}/remedy`, {
      carriedOutOn: '2026-11-20',
      text: 'The technician reconfigured your line.',
      version: accepted.body.version,
    });
    expect(done.body.status).toBe('remedy_carried_out');
    await mailTo('ana@example.org', 'Done as promised');
    const closed = await advisor.post(`/api/v1/cases/${tn}/closure`, { version: done.body.version });
    expect(closed.body.status).toBe('closed');
  });
});

describe('concurrent edits', () => {
  it('a change based on a stale version answers 409 with the events since, and nothing is lost', async () => {
    const first = await colleague(server, admin, 'advisor');
    const second = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(first);
    const seen = await versionOf(first, tn);
    const note = await first.post(`/api/v1/cases/${tn}/notes`, {
      text: 'Checked the billing system.',
      version: seen,
    });
    expect(note.status).toBe(200);
    const stale = await second.post(`/api/v1/cases/${tn}/contacts`, {
      channel: 'phone',
      direction: 'inbound',
      summary: 'Customer called again.',
      version: seen,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.currentVersion).toBe(note.body.version);
    expect((stale.body.eventsSince as { type: string }[]).map((e) => e.type)).toEqual(['note_added']);

    // Retried on the current version (If-Match this time), both changes stand.
    const retried = await second.post(
      `/api/v1/cases/${tn}/contacts`,
      { channel: 'phone', direction: 'inbound', summary: 'Customer called again.' },
      { 'if-match': `"${note.body.version}"` },
    );
    expect(retried.status).toBe(200);
    const file = await first.get<{ timeline: { type: string }[] }>(`/api/v1/cases/${tn}`);
    const types = file.body.timeline.map((e) => e.type);
    expect(types).toContain('note_added');
    expect(types).toContain('contact_logged');
  });

  it('a change without a version is refused with 422 on the version field; a malformed If-Match too', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(advisor);
    const missing = await advisor.post(`/api/v1/cases/${tn}/notes`, { text: 'x' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: '/version', code: 'required' })]);
    const malformed = await advisor.post(
      `/api/v1/cases/${tn}/notes`,
      { text: 'x' },
      { 'if-match': 'yesterday' },
    );
    expect(malformed.status).toBe(422);
  });

  it('two managers taking the same escalation at once: one wins, the other gets 409', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const one = await colleague(server, admin, 'senior_manager');
    const two = await colleague(server, admin, 'senior_manager');
    const tn = await phoneComplaint(advisor);
    const escalated = await advisor.post(`/api/v1/cases/${tn}/escalations`, {
      customerWords: 'I want a manager.',
      requestedVia: 'phone',
      version: await versionOf(advisor, tn),
    });
    const version = escalated.body.version;
    const answers = await Promise.all([
      one.post(`/api/v1/cases/${tn}/escalation-taken`, { version }),
      two.post(`/api/v1/cases/${tn}/escalation-taken`, { version }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  });
});
