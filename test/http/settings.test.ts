import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/app/setup/password-hashing.js';
import type { RunningService } from '../../src/service.js';
import {
  ADMIN_ENV,
  aComplaint,
  asStaff,
  postJson,
  type StaffCredentials,
  signInStaff,
} from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { startTestServer } from '../support/test-server.js';

let server: RunningService;
let admin: StaffCredentials;
let advisor: StaffCredentials;

beforeAll(async () => {
  server = await startTestServer(ADMIN_ENV, { clock: manualClock('2026-11-20T15:00:00Z') });
  await server.storage.database.db
    .insertInto('staff_user')
    .values({
      email: 'advisor@example.org',
      display_name: 'Ada',
      password_hash: await hashPassword('advisor password 1'),
      role: 'advisor',
      created_at: new Date(),
    })
    .execute();
  admin = await signInStaff(server);
  advisor = await signInStaff(server, { email: 'advisor@example.org', password: 'advisor password 1' });
});
afterAll(async () => {
  await server?.stop();
});

const settingsUrl = () => `${server.url}/api/v1/settings/organisation`;

async function put(body: unknown, who: StaffCredentials) {
  return fetch(settingsUrl(), {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...asStaff(who) },
    body: JSON.stringify(body),
  });
}

describe('C11 the organisation’s settings drive every page and message', () => {
  it('C11 start as the code of conduct’s own details, with the CCTS as ombudsman', async () => {
    const response = await fetch(settingsUrl(), { headers: { cookie: advisor.cookie } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      complaintsPhone: '866-671-0111',
      postalAddress: 'Complaints Department, GoTo, 333 Summer Street, 5th Floor, Boston, MA 02210',
      defaultRegion: 'ON',
      trackingPrefix: 'RDX',
      responseBusinessDays: { complaint: 10, inquiry: 3 },
      ombudsman: { website: 'https://www.ccts-cprst.ca', phone: '1-888-221-1687' },
    });
  });

  it('C11 an admin changes them; pages, numbers and promised dates follow', async () => {
    const current = await (await fetch(settingsUrl(), { headers: { cookie: admin.cookie } })).json();
    const changed = {
      ...(current as object),
      name: 'Northern Voice Inc.',
      complaintsPhone: '1-800-555-0100',
      trackingPrefix: 'NVI',
      closureDays: ['2026-11-23'],
    };
    const response = await put(changed, admin);
    expect(response.status).toBe(200);

    const home = await (await fetch(`${server.url}/`)).text();
    expect(home).toContain('Northern Voice Inc.');
    expect(home).toContain('1-800-555-0100');

    const filed = (await (await postJson(server, '/api/v1/complaints', aComplaint())).json()) as {
      trackingNumber: string;
      acknowledgement: { expectedResponseBy: string };
    };
    expect(filed.trackingNumber).toMatch(/^NVI-/);
    expect(filed.acknowledgement.expectedResponseBy).toBe('2026-12-07'); // one closure day later than 4 December
  });

  it('only an admin may change them (403), and bad values are refused per field (422)', async () => {
    const current = await (await fetch(settingsUrl(), { headers: { cookie: admin.cookie } })).json();
    expect((await put(current, advisor)).status).toBe(403);
    const bad = await put(
      { ...(current as object), trackingPrefix: 'rd1', closureDays: ['tomorrow'] },
      admin,
    );
    expect(bad.status).toBe(422);
    const fields = ((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(['/closureDays/0', '/trackingPrefix']);
  });
});
