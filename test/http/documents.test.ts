import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, aComplaint } from '../support/api-client.js';
import { colleague, type StaffClient, signInAs } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: StaffClient;

beforeAll(async () => {
  server = await startTestServer(ADMIN_ENV);
  admin = await signInAs(server);
});
afterAll(async () => {
  await server?.stop();
});

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

async function fileWith(files: { name: string; type: string; content: Buffer }[]) {
  const form = new FormData();
  form.append('data', JSON.stringify(aComplaint()));
  for (const f of files)
    form.append('attachments', new Blob([new Uint8Array(f.content)], { type: f.type }), f.name);
  const filed = await fetch(`${server.url}/api/v1/complaints`, { method: 'POST', body: form });
  expect(filed.status).toBe(201);
  const { trackingNumber } = (await filed.json()) as { trackingNumber: string };
  const file = await admin.get<{ attachments: { id: string; fileName: string }[] }>(
    `/api/v1/cases/${trackingNumber}`,
  );
  return { trackingNumber, documents: file.body.attachments };
}

const open = (path: string, client: StaffClient = admin) =>
  fetch(`${server.url}${path}`, { headers: { cookie: client.credentials.cookie } });

describe('issue 16 staff open every document of a case', () => {
  it('C3 a scan or screenshot opens inline with its stored type, sandboxed, byte for byte; every download is recorded', async () => {
    const { trackingNumber, documents } = await fileWith([
      { name: 'screen.png', type: 'image/png', content: PNG },
      { name: 'facture; été.pdf', type: 'application/pdf', content: PDF },
    ]);
    const [png, pdf] = documents;
    const image = await open(`/api/v1/cases/${trackingNumber}/documents/${png?.id}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('content-disposition')).toMatch(/^inline; filename="screen.png"/);
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('content-security-policy')).toBe('sandbox');
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);

    const letter = await open(`/api/v1/cases/${trackingNumber}/documents/${pdf?.id}`);
    expect(letter.headers.get('content-type')).toBe('application/pdf');
    // Semicolons and letters outside ASCII never reach the header as themselves (RFC 6266 filename*).
    expect(letter.headers.get('content-disposition')).toBe(
      `inline; filename="facture_ _t_.pdf"; filename*=UTF-8''facture%3B%20%C3%A9t%C3%A9.pdf`,
    );
    expect(Buffer.from(await letter.arrayBuffer()).equals(PDF)).toBe(true);

    const timeline = (
      await admin.get<{ timeline: { type: string; data: { fileName?: string } }[] }>(
        `/api/v1/cases/${trackingNumber}`,
      )
    ).body.timeline;
    expect(timeline.filter((e) => e.type === 'document_downloaded').map((e) => e.data.fileName)).toEqual([
      'screen.png',
      'facture; été.pdf',
    ]);

    const page = await (await open(`/console/cases/${trackingNumber}`)).text();
    expect(page).toContain(`href="/api/v1/cases/${trackingNumber}/documents/${pdf?.id}"`);
    expect(page).toContain(`<img src="/api/v1/cases/${trackingNumber}/documents/${png?.id}"`);
  });

  it('a document of another case, or none, is 404; nobody signed in is 401', async () => {
    const first = await fileWith([{ name: 'a.png', type: 'image/png', content: PNG }]);
    const second = await fileWith([{ name: 'b.png', type: 'image/png', content: PNG }]);
    const crossed = await open(`/api/v1/cases/${second.trackingNumber}/documents/${first.documents[0]?.id}`);
    expect(crossed.status).toBe(404);
    expect(((await crossed.json()) as { detail: string }).detail).toBe('No such document on this case');
    const anonymous = await fetch(
      `${server.url}/api/v1/cases/${first.trackingNumber}/documents/${first.documents[0]?.id}`,
    );
    expect(anonymous.status).toBe(401);
  });

  it('C4 an advisor who may not see the case may not open its documents', async () => {
    const { trackingNumber, documents } = await fileWith([
      { name: 'c.png', type: 'image/png', content: PNG },
    ]);
    const owner = await colleague(server, admin, 'advisor', { name: 'Owner Advisor' });
    const other = await colleague(server, admin, 'advisor', { name: 'Other Advisor' });
    const version = (await admin.get<{ version: number }>(`/api/v1/cases/${trackingNumber}`)).body.version;
    const ownerId = owner.id;
    expect(
      (await admin.post(`/api/v1/cases/${trackingNumber}/assignment`, { ownerId, version })).status,
    ).toBe(200);
    expect((await open(`/api/v1/cases/${trackingNumber}/documents/${documents[0]?.id}`, owner)).status).toBe(
      200,
    );
    expect((await open(`/api/v1/cases/${trackingNumber}/documents/${documents[0]?.id}`, other)).status).toBe(
      403,
    );
  });

  it('staff attach documents to an existing case with a filing’s limits and type checks; they open like any other', async () => {
    const { trackingNumber } = await fileWith([]);
    const upload = (
      files: { name: string; type: string; content: Buffer }[],
      client: StaffClient = admin,
    ) => {
      const form = new FormData();
      for (const f of files)
        form.append('attachments', new Blob([new Uint8Array(f.content)], { type: f.type }), f.name);
      return fetch(`${server.url}/api/v1/cases/${trackingNumber}/documents`, {
        method: 'POST',
        headers: { cookie: client.credentials.cookie, 'x-csrf-token': client.credentials.csrfToken },
        body: form,
      });
    };
    const added = await upload([
      { name: 'scan.pdf', type: 'application/pdf', content: PDF },
      { name: 'photo.png', type: 'image/png', content: PNG },
    ]);
    expect(added.status).toBe(201);
    const body = (await added.json()) as {
      documents: { id: string; fileName: string; contentType: string; size: number }[];
    };
    expect(body.documents.map((d) => [d.fileName, d.contentType, d.size])).toEqual([
      ['scan.pdf', 'application/pdf', PDF.length],
      ['photo.png', 'image/png', PNG.length],
    ]);
    const opened = await open(`/api/v1/cases/${trackingNumber}/documents/${body.documents[0]?.id}`);
    expect(Buffer.from(await opened.arrayBuffer()).equals(PDF)).toBe(true);

    const disguised = await upload([
      { name: 'evil.png', type: 'image/png', content: Buffer.from('<script>alert(1)</script>') },
    ]);
    expect(disguised.status).toBe(415); // as in a filing: the bytes are not a PNG
    const none = await upload([]);
    expect(none.status).toBe(422);
    const anonymous = await fetch(`${server.url}/api/v1/cases/${trackingNumber}/documents`, {
      method: 'POST',
      body: new FormData(),
    });
    expect(anonymous.status).toBe(401);
    const timeline = (
      await admin.get<{ timeline: { type: string; actor: { type: string } }[] }>(
        `/api/v1/cases/${trackingNumber}`,
      )
    ).body.timeline;
    expect(timeline.filter((e) => e.type === 'documents_attached' && e.actor.type === 'staff')).toHaveLength(
      1,
    );
  });
});
