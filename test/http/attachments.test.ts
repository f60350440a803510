import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { aComplaint } from '../support/api-client.js';
import { startTestServer } from '../support/test-server.js';

let server: RunningService & { config: { filesDir: string } };

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);

function filing(files: { name: string; content: Buffer; type?: string }[], data: unknown = aComplaint()) {
  const form = new FormData();
  form.append('data', JSON.stringify(data));
  for (const file of files) {
    form.append(
      'attachments',
      new Blob([new Uint8Array(file.content)], { type: file.type ?? 'application/pdf' }),
      file.name,
    );
  }
  return fetch(`${server.url}/api/v1/complaints`, { method: 'POST', body: form });
}

function storedFiles(): string[] {
  const dir = server.config.filesDir;
  try {
    return readdirSync(dir, { recursive: true })
      .map(String)
      .filter((entry) => statSync(join(dir, entry)).isFile());
  } catch {
    return [];
  }
}

describe('C2 C3 documents attached to a complaint', () => {
  it('C2 stores a scanned letter and a screenshot with the case, their types read from their content', async () => {
    const before = storedFiles().length;
    const response = await filing([
      { name: 'letter.pdf', content: PDF },
      { name: 'screenshot.png', content: PNG, type: 'application/octet-stream' },
    ]);
    expect(response.status).toBe(201);
    const { trackingNumber } = (await response.json()) as { trackingNumber: string };
    const db = server.storage.database.db;
    const row = await db
      .selectFrom('complaint_case')
      .select('id')
      .where('tracking_number', '=', trackingNumber)
      .executeTakeFirstOrThrow();
    const attachments = await db
      .selectFrom('case_attachment')
      .selectAll()
      .where('case_id', '=', row.id)
      .execute();
    expect(attachments.map((a) => [a.file_name, a.media_type, a.size_bytes])).toEqual([
      ['letter.pdf', 'application/pdf', PDF.length],
      ['screenshot.png', 'image/png', PNG.length],
    ]);
    expect(storedFiles().length).toBe(before + 2);
    const first = attachments[0];
    expect(readFileSync(join(server.config.filesDir, first?.storage_key ?? ''))).toEqual(PDF);
  });

  it('refuses a program renamed to .pdf with 415, and keeps nothing of the request', async () => {
    const before = storedFiles().length;
    const response = await filing([
      { name: 'fine.pdf', content: PDF },
      { name: 'invoice.pdf', content: EXE },
    ]);
    expect(response.status).toBe(415);
    const body = (await response.json()) as { code: string; errors: { field: string; message: string }[] };
    expect(body.code).toBe('ATTACHMENT_TYPE');
    expect(body.errors[0]?.message).toBe('invoice.pdf: only PDF, PNG and JPEG files can be attached.');
    expect(storedFiles().length).toBe(before);
  });

  it('refuses a sixth file with 413', async () => {
    const before = storedFiles().length;
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `page-${i}.pdf`, content: PDF }));
    const response = await filing(six);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { code: string }).code).toBe('ATTACHMENT_TOO_MANY');
    expect(storedFiles().length).toBe(before);
  });

  it('refuses a file over 10 MB with 413', async () => {
    const before = storedFiles().length;
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const response = await filing([{ name: 'huge.pdf', content: big }]);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { code: string }).code).toBe('ATTACHMENT_TOO_LARGE');
    expect(storedFiles().length).toBe(before);
  });

  it('removes the stored files when the filing itself is invalid', async () => {
    const before = storedFiles().length;
    const response = await filing([{ name: 'letter.pdf', content: PDF }], {
      ...aComplaint(),
      service: 'fax',
    });
    expect(response.status).toBe(422);
    expect(storedFiles().length).toBe(before);
  });
});
