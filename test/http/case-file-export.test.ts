import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, aComplaint } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { colleague, type StaffClient, signInAs, versionOf } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: StaffClient;

beforeAll(async () => {
  server = await startTestServer(ADMIN_ENV, { clock: manualClock(new Date().toISOString()) });
  admin = await signInAs(server);
});

afterAll(async () => {
  await server?.stop();
});

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function fileWithScreenshot(): Promise<string> {
  const form = new FormData();
  form.append(
    'data',
    JSON.stringify(
      aComplaint({
        customer: { name: 'Rosa Díaz', email: 'rosa@example.org', type: 'residential', province: 'QC' },
      }),
    ),
  );
  form.append('attachments', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'screen.png');
  const filed = await fetch(`${server.url}/api/v1/complaints`, { method: 'POST', body: form });
  expect(filed.status).toBe(201);
  return ((await filed.json()) as { trackingNumber: string }).trackingNumber;
}

interface Bundle {
  case: { trackingNumber: string; customer: { email: string } };
  timeline: { type: string; actorName: string | null }[];
  messages: { template: string; subject: string; text: string }[];
  documents: { fileName: string; sha256: string; contentBase64: string }[];
}

describe('C10 the case file for the ombudsman', () => {
  it('C10 exports the whole case as a JSON bundle and as a PDF; each export is recorded; advisors may not', async () => {
    const tn = await fileWithScreenshot();
    const manager = await colleague(server, admin, 'head_of_support', { name: 'Hélène Chef' });
    await manager.post(`/api/v1/cases/${tn}/notes`, {
      text: 'Internal: billing confirmed the error.',
      version: await versionOf(manager, tn),
    });
    await manager.post(`/api/v1/cases/${tn}/escalations`, {
      customerWords: 'I want the head of support.',
      requestedVia: 'phone',
      level: 3,
      version: await versionOf(manager, tn),
    });

    const json = await manager.get<Bundle>(`/api/v1/cases/${tn}/case-file`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toContain(`${tn}-case-file.json`);
    expect(json.body.case.trackingNumber).toBe(tn);
    expect(json.body.case.customer.email).toBe('rosa@example.org'); // unmasked, for the ombudsman
    const types = json.body.timeline.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['case_received', 'case_acknowledged', 'note_added', 'escalated']),
    );
    expect(json.body.messages.map((m) => m.template)).toContain('escalation_received');
    expect(json.body.messages.find((m) => m.template === 'escalation_received')?.text).toContain(
      '1-888-221-1687',
    );
    const [document] = json.body.documents;
    expect(document?.fileName).toBe('screen.png');
    const bytes = Buffer.from(document?.contentBase64 ?? '', 'base64');
    expect(bytes.equals(PNG)).toBe(true);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(document?.sha256);

    const pdf = await fetch(`${server.url}/api/v1/cases/${tn}/case-file`, {
      headers: { cookie: manager.credentials.cookie, accept: 'application/pdf' },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const body = Buffer.from(await pdf.arrayBuffer());
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.length).toBeGreaterThan(2_000);

    // The console's link asks by query (a link cannot set Accept).
    const page = await fetch(`${server.url}/console/cases/${tn}`, {
      headers: { cookie: manager.credentials.cookie },
    });
    expect(await page.text()).toContain(`/api/v1/cases/${tn}/case-file?format=pdf`);
    const linked = await fetch(`${server.url}/api/v1/cases/${tn}/case-file?format=pdf`, {
      headers: { cookie: manager.credentials.cookie },
    });
    expect(linked.headers.get('content-type')).toBe('application/pdf');

    const after = await manager.get<Bundle>(`/api/v1/cases/${tn}/case-file`);
    const exports = after.body.timeline.filter((e) => e.type === 'case_file_exported');
    expect(exports).toHaveLength(4); // the three before, and this one
    expect(exports[0]?.actorName).toBe('Hélène Chef');

    const advisor = await colleague(server, admin, 'advisor');
    expect((await advisor.get(`/api/v1/cases/${tn}/case-file`)).status).toBe(403);
    expect((await fetch(`${server.url}/api/v1/cases/${tn}/case-file`)).status).toBe(401);
    expect((await manager.get('/api/v1/cases/RDX-2222-2222/case-file')).status).toBeGreaterThanOrEqual(400);
  });
});
