import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANADA_CCTS } from '../../src/domain/policy-presets.js';
import { ADMIN_ENV } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { colleague, phoneComplaint, type StaffClient, signInAs, versionOf } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let admin: StaffClient;
// Friday 20 November 2026, 10:00 in Toronto.
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

type Policy = { policyId: string; version: number; active: boolean; rules: typeof CANADA_CCTS.rules };
type Detail = Policy & { history: { version: number; note: string; createdBy: string | null }[] };
type File = { expectedResponseBy: string; policy: { id: string; version: number } };

/** Escalated to level 2: the date the answer is now promised by. */
async function escalate(who: StaffClient, tn: string): Promise<string> {
  const escalated = await who.post(`/api/v1/cases/${tn}/escalations`, {
    customerWords: 'Not good enough.',
    requestedVia: 'phone',
    version: await versionOf(who, tn),
  });
  expect(escalated.status).toBe(200);
  return (await who.get<File>(`/api/v1/cases/${tn}`)).body.expectedResponseBy;
}

describe('C6 policies as versioned data', () => {
  it('C6 the presets ship, Canada — CCTS in force; versions are refused when they contradict themselves or come from a non-admin', async () => {
    const list = await admin.get<{ items: Policy[] }>('/api/v1/policies');
    expect(list.body.items.map((p) => [p.policyId, p.active])).toEqual([
      ['au-acma', false],
      ['ca-ccts', true],
      ['uk-ofcom', false],
    ]);
    expect(list.body.items.find((p) => p.policyId === 'ca-ccts')?.rules).toEqual(CANADA_CCTS.rules);
    const contradictory = {
      rules: {
        ...CANADA_CCTS.rules,
        times: { ...CANADA_CCTS.rules.times, finalResponseCap: { amount: 5, unit: 'business_days' } },
      },
      note: 'A cap before the outcome',
    };
    const refused = await admin.post('/api/v1/policies/ca-ccts/versions', contradictory);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('/rules/times/finalResponseCap');
    const advisor = await colleague(server, admin, 'advisor');
    expect(
      (await advisor.post('/api/v1/policies/ca-ccts/versions', { rules: CANADA_CCTS.rules, note: 'x' }))
        .status,
    ).toBe(403);
    expect((await admin.get('/api/v1/policies/nope-nope')).status).toBe(404);
    const malformed = await admin.post('/api/v1/policies/ca-ccts/versions', {
      rules: { times: {} },
      note: 'x',
    });
    expect(malformed.status).toBe(422);
  });

  it('C6 C9 a new version applies to cases acknowledged after it; a promise already made never moves', async () => {
    const before = await phoneComplaint(admin);
    const first = (await admin.get<File>(`/api/v1/cases/${before}`)).body;
    expect(first.expectedResponseBy).toBe('2026-12-04');

    const current = (await admin.get<Detail>('/api/v1/policies/ca-ccts')).body;
    const slower = {
      ...current.rules,
      times: {
        ...current.rules.times,
        investigation: { amount: 15, unit: 'business_days' },
        escalationLevel2: { amount: 8, unit: 'business_days' },
      },
    };
    const added = await admin.post<Detail>('/api/v1/policies/ca-ccts/versions', {
      rules: slower,
      note: 'More time for complex cases',
    });
    expect(added.status).toBe(201);
    expect(added.body.version).toBe(current.version + 1);
    expect(added.body.history[0]).toMatchObject({
      version: current.version + 1,
      note: 'More time for complex cases',
    });

    const after = await phoneComplaint(admin);
    const second = (await admin.get<File>(`/api/v1/cases/${after}`)).body;
    expect(second.expectedResponseBy).toBe('2026-12-11');
    expect(second.policy).toEqual({ id: 'ca-ccts', version: added.body.version });
    expect((await admin.get<File>(`/api/v1/cases/${before}`)).body).toMatchObject({
      expectedResponseBy: '2026-12-04',
      policy: first.policy,
    });
    // Escalations keep to the case's own version: 5 business days before the change, 8 after.
    expect(await escalate(admin, before)).toBe('2026-11-27');
    expect(await escalate(admin, after)).toBe('2026-12-02');
    await admin.post('/api/v1/policies/ca-ccts/versions', {
      rules: current.rules,
      note: 'Back to the preset',
    });
  });

  it('C6 C11 the settings page edits the policy in force: days to an outcome become a version; another policy brings its ombudsman', async () => {
    const settings = (await admin.get<Record<string, unknown>>('/api/v1/settings/organisation')).body;
    expect(settings.activePolicyId).toBe('ca-ccts');
    expect(settings.responseBusinessDays).toEqual({ complaint: 10, inquiry: 3 });
    const changed = await admin.send('PUT', '/api/v1/settings/organisation', {
      ...settings,
      responseBusinessDays: { complaint: 12, inquiry: 4 },
    });
    expect(changed.status).toBe(200);
    const policy = (await admin.get<Detail>('/api/v1/policies/ca-ccts')).body;
    expect(policy.history[0]?.note).toContain('organisation settings');
    expect(policy.rules.times.investigation).toEqual({ amount: 12, unit: 'business_days' });
    expect(
      (await admin.get<File>(`/api/v1/cases/${await phoneComplaint(admin)}`)).body.expectedResponseBy,
    ).toBe('2026-12-08');

    const switched = await admin.send<Record<string, unknown>>('PUT', '/api/v1/settings/organisation', {
      ...settings,
      activePolicyId: 'uk-ofcom',
    });
    expect(switched.status).toBe(200);
    expect(switched.body.ombudsman).toMatchObject({ name: 'Communications Ombudsman (Ombudsman Services)' });
    const list = await admin.get<{ items: Policy[] }>('/api/v1/policies');
    expect(list.body.items.find((p) => p.active)?.policyId).toBe('uk-ofcom');
    const unknown = await admin.send('PUT', '/api/v1/settings/organisation', {
      ...settings,
      activePolicyId: 'xx-none',
    });
    expect(unknown.status).toBe(422);
    await admin.send('PUT', '/api/v1/settings/organisation', {
      ...settings,
      activePolicyId: 'ca-ccts',
      responseBusinessDays: { complaint: 10, inquiry: 3 },
    });
    expect(
      (await admin.get<Record<string, unknown>>('/api/v1/settings/organisation')).body.ombudsman,
    ).toEqual(settings.ombudsman);
  });
});

type Told = {
  ombudsmanNoticeSentAt: string | null;
  timeline: { type: string; data: { message?: { template: string; ombudsmanNotice?: boolean } } }[];
};

/** Runs with another policy in force, then puts Canada — CCTS back. */
async function under(policyId: string, work: () => Promise<void>) {
  const settings = (await admin.get<Record<string, unknown>>('/api/v1/settings/organisation')).body;
  expect(
    (await admin.send('PUT', '/api/v1/settings/organisation', { ...settings, activePolicyId: policyId }))
      .status,
  ).toBe(200);
  try {
    await work();
  } finally {
    admin = await signInAs(server);
    await admin.send('PUT', '/api/v1/settings/organisation', { ...settings, activePolicyId: 'ca-ccts' });
  }
}

const noticeFlags = (file: Told) =>
  file.timeline
    .filter((e) => e.type === 'message_sent')
    .map((e) => `${e.data.message?.template}:${e.data.message?.ombudsmanNotice}`);

describe('C10 the ombudsman notice fires where the policy says', () => {
  it('C10 Canada: the escalation to level 2 names the CCTS; Australia: only a rejected outcome or the final response names the TIO', async () => {
    clock.advance(new Date('2026-11-20T15:00:00Z').getTime() - clock().getTime());
    admin = await signInAs(server);
    const canadian = await phoneComplaint(admin);
    await escalate(admin, canadian);
    const ca = (await admin.get<Told>(`/api/v1/cases/${canadian}`)).body;
    expect(noticeFlags(ca)).toEqual(['escalation_received:true']);
    expect(ca.ombudsmanNoticeSentAt).not.toBeNull();

    await under('au-acma', async () => {
      const direct = await phoneComplaint(admin);
      await escalate(admin, direct);
      expect(noticeFlags((await admin.get<Told>(`/api/v1/cases/${direct}`)).body)).toEqual([
        'escalation_received:false',
      ]);

      const rejected = await phoneComplaint(admin);
      await admin.post(`/api/v1/cases/${rejected}/outcome`, {
        text: 'We cannot refund.',
        version: await versionOf(admin, rejected),
      });
      const reply = await admin.post(`/api/v1/cases/${rejected}/outcome-reply`, {
        accepted: false,
        customerWords: 'Not acceptable.',
        version: await versionOf(admin, rejected),
      });
      expect(reply.status).toBe(200);
      const file = (
        await admin.get<Told & { expectedResponseBy: string; status: string }>(`/api/v1/cases/${rejected}`)
      ).body;
      expect(file.status).toBe('escalated');
      expect(file.expectedResponseBy).toBe('2026-11-27'); // the escalation's own date (C9)
      expect(noticeFlags(file)).toEqual(['outcome:false', 'escalation_received:true']);
      expect(file.ombudsmanNoticeSentAt).not.toBeNull();
    });
  });

  it('C10 United Kingdom: a deadlock letter on request, and the letter 8 weeks after receipt from the sweep, once', async () => {
    clock.advance(new Date('2026-11-20T15:00:00Z').getTime() - clock().getTime());
    admin = await signInAs(server);
    await under('uk-ofcom', async () => {
      const deadlock = await phoneComplaint(admin, {
        customer: { name: 'Alex Hart', email: 'alex@example.org', type: 'residential', province: 'ON' },
      });
      await escalate(admin, deadlock);
      expect((await admin.get<Told>(`/api/v1/cases/${deadlock}`)).body.ombudsmanNoticeSentAt).toBeNull();
      const letter = await admin.post(`/api/v1/cases/${deadlock}/ombudsman-letter`, {
        version: await versionOf(admin, deadlock),
      });
      expect(letter.status).toBe(200);
      const told = (await admin.get<Told>(`/api/v1/cases/${deadlock}`)).body;
      expect(told.ombudsmanNoticeSentAt).not.toBeNull();
      expect(told.timeline.map((e) => e.type)).toContain('ombudsman_letter_sent');
      let mail: { text?: string } | undefined;
      for (let i = 0; i < 100 && !mail; i++) {
        await server.outbox.runOnce();
        mail = smtp.received.find(
          (m) => (m.subject ?? '').includes('independent ombudsman') && m.text?.includes(deadlock),
        );
        if (!mail) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(mail?.text).toContain('Ombudsman Services');

      const slow = await phoneComplaint(admin);
      clock.advance(55 * 24 * 3600 * 1000); // 14 January 2027: the 8 weeks are not over
      await server.sweep.runOnce();
      admin = await signInAs(server);
      expect((await admin.get<Told>(`/api/v1/cases/${slow}`)).body.timeline.map((e) => e.type)).not.toContain(
        'ombudsman_letter_sent',
      );
      clock.advance(2 * 24 * 3600 * 1000); // 16 January: 8 weeks after 20 November have passed
      await server.sweep.runOnce();
      await server.sweep.runOnce();
      admin = await signInAs(server);
      const file = (await admin.get<Told>(`/api/v1/cases/${slow}`)).body;
      expect(file.timeline.filter((e) => e.type === 'ombudsman_letter_sent')).toHaveLength(1);
      expect(noticeFlags(file)).toContain('ombudsman_notice:true');
    });
  });
});

describe('C6 the customer’s own calendar, and urgency', () => {
  it('C6 a customer in Scotland gets Scottish dates, one in England English ones; a country and region that do not belong together are refused', async () => {
    clock.advance(new Date('2026-11-23T15:00:00Z').getTime() - clock().getTime()); // Monday
    admin = await signInAs(server);
    await under('uk-ofcom', async () => {
      const at = async (region: string) => {
        const tn = await phoneComplaint(admin, {
          customer: {
            name: 'Morag Reid',
            email: 'morag@example.org',
            type: 'residential',
            country: 'GB',
            region,
          },
        });
        return (
          await admin.get<File & { calendar: { country: string; timeZone: string } }>(`/api/v1/cases/${tn}`)
        ).body;
      };
      const scotland = await at('SCT');
      expect(scotland.expectedResponseBy).toBe('2026-12-08'); // St Andrew's Day, 30 November, does not count
      expect(scotland.calendar).toMatchObject({ country: 'GB', timeZone: 'Europe/London' });
      expect((await at('ENG')).expectedResponseBy).toBe('2026-12-07');
      const mismatched = await admin.post('/api/v1/cases', {
        kind: 'complaint',
        channel: 'phone',
        language: 'en',
        customer: { name: 'X', email: 'x@example.org', type: 'residential', country: 'AU', region: 'SCT' },
        service: 'internet',
        category: 'billing',
        description: 'Wrong pair.',
      });
      expect(mismatched.status).toBe(422);
      expect(JSON.stringify(mismatched.body)).toContain('/customer/region');
    });
  });

  it('C6 an urgent complaint (disconnection) gets the policy’s urgent time: 2 business days in Canada', async () => {
    clock.advance(new Date('2026-11-20T15:00:00Z').getTime() - clock().getTime());
    admin = await signInAs(server);
    const urgent = await phoneComplaint(admin, { urgentReason: 'disconnection' });
    const file = (await admin.get<File & { urgentReason: string }>(`/api/v1/cases/${urgent}`)).body;
    expect(file).toMatchObject({ expectedResponseBy: '2026-11-24', urgentReason: 'disconnection' });

    // The same from the console's "record a case" form.
    const form = new URLSearchParams({
      _csrf: admin.credentials.csrfToken,
      kind: 'complaint',
      channel: 'phone',
      caseLanguage: 'en',
      name: 'Sam Roy',
      email: 'sam.roy@example.org',
      customerType: 'residential',
      province: 'ON',
      service: 'voice',
      category: 'service_delivery',
      urgentReason: 'safety',
      description: 'No dial tone; my father relies on the line for emergencies.',
    });
    const posted = await fetch(`${server.url}/console/cases/new`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: admin.credentials.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(posted.status).toBe(303);
    const tn = (posted.headers.get('location') ?? '').match(/RDX-[^?]+/)?.[0] ?? '';
    expect((await admin.get<File & { urgentReason: string }>(`/api/v1/cases/${tn}`)).body).toMatchObject({
      expectedResponseBy: '2026-11-24',
      urgentReason: 'safety',
    });
  });
});

describe('C8 C10 the quick-resolution summary', () => {
  it('C8 C10 a complaint resolved within 3 business days gets a written summary naming the CCTS; a slower one does not', async () => {
    clock.advance(new Date('2026-11-20T15:00:00Z').getTime() - clock().getTime());
    admin = await signInAs(server);
    const resolve = async (tn: string) => {
      await admin.post(`/api/v1/cases/${tn}/outcome`, {
        text: 'We refund the charge.',
        version: await versionOf(admin, tn),
      });
      const accepted = await admin.post(`/api/v1/cases/${tn}/outcome-reply`, {
        accepted: true,
        version: await versionOf(admin, tn),
      });
      expect(accepted.status).toBe(200);
      return noticeFlags((await admin.get<Told>(`/api/v1/cases/${tn}`)).body);
    };
    const quick = await phoneComplaint(admin);
    expect(await resolve(quick)).toEqual(['outcome:false', 'resolution_summary:true']);

    const slow = await phoneComplaint(admin);
    clock.advance(6 * 24 * 3600 * 1000); // Thursday 26 November: 4 business days later
    admin = await signInAs(server);
    expect(await resolve(slow)).toEqual(['outcome:false']);
  });
});
