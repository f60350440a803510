import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/app/dashboard/dashboard.js';
import { ADMIN_ENV } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { colleague, phoneComplaint, type StaffClient, signInAs, versionOf } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: StaffClient;
// Friday 20 November 2026, 10:00 in Toronto.
const clock = manualClock('2026-11-20T15:00:00Z');

beforeAll(async () => {
  server = await startTestServer(ADMIN_ENV, { clock });
  admin = await signInAs(server);
});

afterAll(async () => {
  await server?.stop();
});

describe('C5 C6 C7 C9 C10 the managers’ dashboard', () => {
  it('shows open cases by status and level, escalations, ombudsman deadlines, first-contact resolution, acknowledgement times and 12 weeks', async () => {
    const head = await colleague(server, admin, 'head_of_support');
    const plain = await phoneComplaint(head);
    const escalated = await phoneComplaint(head);
    await head.post(`/api/v1/cases/${escalated}/escalations`, {
      customerWords: 'A manager, please.',
      requestedVia: 'phone',
      version: await versionOf(head, escalated),
    });
    const letter = await phoneComplaint(head, { channel: 'letter', receivedAt: '2026-11-17T15:00:00Z' });
    await phoneComplaint(head, { resolvedAtFirstContact: { summary: 'Reset the modem together.' } });
    await head.post('/api/v1/ombudsman-cases', { trackingNumber: letter, reference: 'CCTS-DASH-1' });

    const now = await head.get<Dashboard>('/api/v1/dashboard');
    expect(now.status).toBe(200);
    const d = now.body;
    expect(d.today).toBe('2026-11-20');
    expect(d.open).toEqual([
      { status: 'acknowledged', level: 1, count: 1 },
      { status: 'escalated', level: 2, count: 1 },
    ]);
    expect(d.escalationsWaiting).toEqual({ level2: 1, level3: 0 });
    expect(d.firstContactResolution).toEqual({ total: 4, firstContact: 1, rate: 0.25 });
    expect(d.ombudsmanCases.map((o) => [o.reference, o.objectionDueOn, o.reportDueOn])).toEqual([
      ['CCTS-DASH-1', '2026-11-30', '2026-12-10'],
    ]);
    const letters = d.acknowledgement.find((a) => a.channel === 'letter');
    expect(letters).toMatchObject({ count: 1, medianHours: 72 }); // arrived three days before it was recorded
    expect(d.acknowledgement.find((a) => a.channel === 'phone')).toMatchObject({ medianHours: 0 });
    expect(d.weeks).toHaveLength(12);
    expect(d.weeks.at(-1)).toEqual({ weekStarting: '2026-11-16', opened: 4, resolved: 1, breached: 0 });
    expect(d.weeks[0]?.weekStarting).toBe('2026-08-31');

    // A week and a half later the plain complaint's first update was missed: a breach, counted.
    clock.advance(8 * 24 * 3600 * 1000);
    await server.sweep.runOnce();
    const later = (await (await signInAs(server)).get<Dashboard>('/api/v1/dashboard')).body;
    expect(later.withBreach).toBeGreaterThanOrEqual(1);
    expect(later.overdue).toBeGreaterThanOrEqual(1);
    expect(later.weeks.at(-1)?.breached).toBeGreaterThanOrEqual(1);
    expect(plain).toMatch(/^RDX-/);

    const advisor = await colleague(server, await signInAs(server), 'advisor');
    expect((await advisor.get('/api/v1/dashboard')).status).toBe(403);
    const page = await fetch(`${server.url}/console/dashboard`, {
      headers: { cookie: advisor.credentials.cookie },
    });
    expect(page.status).toBe(403);
  });
});
