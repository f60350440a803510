import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { colleague, phoneComplaint, signInAs } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
// Friday 20 November 2026, 10:00 in Toronto.
const clock = manualClock('2026-11-20T15:00:00Z');
const moveTo = (iso: string) => clock.advance(new Date(iso).getTime() - clock().getTime());

beforeAll(async () => {
  server = await startTestServer(ADMIN_ENV, { clock });
});

afterAll(async () => {
  await server?.stop();
});

interface OmbudsmanCase {
  reference: string;
  trackingNumber: string;
  accountNumber: string | null;
  stage: string;
  objectionDueOn: string;
  reportDueOn: string;
  chargesOnHold: boolean;
  closedAt: string | null;
}
type Timeline = { status: string; timeline: { type: string; data: Record<string, unknown> }[] };

describe('C10 complaints the ombudsman forwards', () => {
  it('C10 recorded against the case with its reference, stage and deadlines; charges on hold readable by billing', async () => {
    const admin = await signInAs(server);
    const head = await colleague(server, admin, 'head_of_support');
    const advisor = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(advisor);

    expect(
      (await advisor.post('/api/v1/ombudsman-cases', { trackingNumber: tn, reference: 'CCTS-1' })).status,
    ).toBe(403);
    const recorded = await head.post<OmbudsmanCase>('/api/v1/ombudsman-cases', {
      trackingNumber: tn,
      reference: 'CCTS-2026-0042',
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      reference: 'CCTS-2026-0042',
      trackingNumber: tn,
      accountNumber: 'ACC-778899',
      stage: 'assessment',
      objectionDueOn: '2026-11-30',
      reportDueOn: '2026-12-10',
      chargesOnHold: true,
      closedAt: null,
    });
    const again = await head.post('/api/v1/ombudsman-cases', {
      trackingNumber: tn,
      reference: 'CCTS-2026-0042',
    });
    expect(again.status).toBe(409);
    const file = (await head.get<Timeline>(`/api/v1/cases/${tn}`)).body;
    expect(file.status).toBe('referred_to_ombudsman');
    expect(file.timeline.map((e) => e.type)).toContain('ombudsman_case_opened');

    // Billing systems (any signed-in account) read what is on hold.
    const onHold = await advisor.get<{ items: OmbudsmanCase[] }>(
      '/api/v1/ombudsman-cases?chargesOnHold=true',
    );
    expect(onHold.body.items.map((o) => o.accountNumber)).toContain('ACC-778899');
    const moved = await head.send<OmbudsmanCase>('PATCH', '/api/v1/ombudsman-cases/CCTS-2026-0042', {
      stage: 'conciliation',
      chargesOnHold: false,
    });
    expect(moved.body).toMatchObject({ stage: 'conciliation', chargesOnHold: false });
    const stillOnHold = await advisor.get<{ items: OmbudsmanCase[] }>(
      '/api/v1/ombudsman-cases?chargesOnHold=true',
    );
    expect(stillOnHold.body.items.map((o) => o.reference)).not.toContain('CCTS-2026-0042');
    expect((await head.send('PATCH', '/api/v1/ombudsman-cases/NOPE-1', { reported: true })).status).toBe(404);
  });

  it('C10 its deadlines are watched: a reminder before each, a breach for the one not met', async () => {
    moveTo('2026-11-20T15:00:00Z');
    const admin = await signInAs(server);
    const tn = await phoneComplaint(admin);
    expect(
      (await admin.post('/api/v1/ombudsman-cases', { trackingNumber: tn, reference: 'CCTS-2026-0043' }))
        .status,
    ).toBe(201);
    const fired = async (iso: string) => {
      moveTo(iso);
      await server.sweep.runOnce();
      const staff = await signInAs(server); // sessions end as days pass
      const file = (await staff.get<Timeline>(`/api/v1/cases/${tn}`)).body;
      return {
        staff,
        alarms: file.timeline.filter((e) => String(e.data.commitment ?? '').startsWith('ombudsman_')),
      };
    };
    let seen = await fired('2026-11-30T06:00:00Z'); // the objection is due by the end of 30 November
    expect(seen.alarms.map((e) => `${e.type} ${e.data.commitment}`)).toEqual([
      'commitment_reminder ombudsman_objection',
    ]);
    await seen.staff.send('PATCH', '/api/v1/ombudsman-cases/CCTS-2026-0043', { objectionAnswered: true });
    seen = await fired('2026-12-01T06:00:00Z');
    expect(seen.alarms).toHaveLength(1); // answered in time: no breach
    seen = await fired('2026-12-11T06:00:00Z'); // the report was due by the end of 10 December
    expect(seen.alarms.map((e) => `${e.type} ${e.data.commitment}`)).toEqual([
      'commitment_reminder ombudsman_objection',
      'commitment_reminder ombudsman_report',
      'commitment_breached ombudsman_report',
    ]);
    const closed = await seen.staff.send<OmbudsmanCase>('PATCH', '/api/v1/ombudsman-cases/CCTS-2026-0043', {
      reported: true,
      closed: true,
    });
    expect(closed.body.closedAt).not.toBeNull();
    const open = await seen.staff.get<{ items: OmbudsmanCase[] }>('/api/v1/ombudsman-cases?open=true');
    expect(open.body.items.map((o) => o.reference)).not.toContain('CCTS-2026-0043');
  });

  it('C10 a complaint that went to the ombudsman first is recorded as a case with the referral, once', async () => {
    moveTo('2026-11-20T15:00:00Z');
    const admin = await signInAs(server);
    const complaint = {
      kind: 'complaint',
      channel: 'letter',
      language: 'fr',
      customer: { name: 'Chloé Roy', email: 'chloe.roy@example.org', type: 'residential', province: 'QC' },
      service: 'wireless',
      category: 'billing',
      description: 'Plainte reçue par la CPRST.',
    };
    const recorded = await admin.post<OmbudsmanCase>('/api/v1/ombudsman-cases', {
      case: complaint,
      reference: 'CCTS-2026-0099',
    });
    expect(recorded.status).toBe(201);
    const file = (
      await admin.get<Timeline & { kind: string }>(`/api/v1/cases/${recorded.body.trackingNumber}`)
    ).body;
    expect(file).toMatchObject({ kind: 'complaint', status: 'referred_to_ombudsman' });
    const again = await admin.post('/api/v1/ombudsman-cases', {
      case: complaint,
      reference: 'CCTS-2026-0099',
    });
    expect(again.status).toBe(409);
    const found = await admin.get<{ items: unknown[] }>('/api/v1/cases?q=chloe.roy@example.org&view=all');
    expect(found.body.items).toHaveLength(1); // no second case for the repeated call
    const both = await admin.post('/api/v1/ombudsman-cases', {
      case: complaint,
      trackingNumber: recorded.body.trackingNumber,
      reference: 'CCTS-2026-0100',
    });
    expect(both.status).toBe(422);
    expect((await admin.post('/api/v1/ombudsman-cases', { reference: 'CCTS-2026-0101' })).status).toBe(422);
  });
});
