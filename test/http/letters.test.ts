import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { phoneComplaint, type StaffClient, signInAs, versionOf } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

interface Letter {
  id: string;
  medium: string;
  status: string;
  template: string | null;
  to: string;
  sha256: string;
  trackingNumber: string | null;
  postedOn: string | null;
}

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: StaffClient;
const clock = manualClock('2026-11-20T15:00:00Z'); // a Friday, 10:00 in Ottawa

beforeAll(async () => {
  server = await startTestServer(ADMIN_ENV, { clock });
  admin = await signInAs(server);
});
afterAll(async () => {
  await server?.stop();
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const queue = async (status = 'to_print') =>
  (await admin.get<{ items: Letter[] }>(`/api/v1/letters?status=${status}`)).body.items;
const pdfOf = async (path: string) =>
  Buffer.from(
    await (
      await fetch(`${server.url}${path}`, { headers: { cookie: admin.credentials.cookie } })
    ).arrayBuffer(),
  );

describe('issue 16 letters go to a print queue, rendered once', () => {
  it('C6 C7 a postal customer’s acknowledgement and messages wait as PDFs, unchanged by a later settings change', async () => {
    const tn = await phoneComplaint(admin, {
      customer: {
        name: 'Paul Smith',
        postalAddress: '12 Main St\nOttawa ON K1A 0A1',
        type: 'residential',
        province: 'ON',
      },
      preferredContact: 'post',
    });
    const started = await admin.post(`/api/v1/cases/${tn}/investigation`, {
      version: await versionOf(admin, tn),
    });
    await admin.post(`/api/v1/cases/${tn}/messages`, {
      template: 'information_request',
      text: 'Please send us a copy of your October bill.',
      version: started.body.version,
    });
    const letters = (await queue()).filter((l) => l.trackingNumber === tn);
    expect(letters.map((l) => [l.medium, l.template, l.to])).toEqual([
      ['letter', 'acknowledgement', 'Paul Smith, 12 Main St, Ottawa ON K1A 0A1'],
      ['letter', 'information_request', 'Paul Smith, 12 Main St, Ottawa ON K1A 0A1'],
    ]);
    const [ack, request] = letters;
    const ackPdf = await pdfOf(`/api/v1/letters/${ack?.id}`);
    expect(ackPdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256(ackPdf)).toBe(ack?.sha256);

    // The case's own letter link serves the same stored bytes.
    const timeline = (await admin.get<{ timeline: { id: number; type: string }[] }>(`/api/v1/cases/${tn}`))
      .body.timeline;
    const sent = timeline.find((e) => e.type === 'message_sent');
    expect(sha256(await pdfOf(`/api/v1/cases/${tn}/letters/${sent?.id}`))).toBe(request?.sha256);

    const settings = (await admin.get<Record<string, unknown>>('/api/v1/settings/organisation')).body;
    await admin.send('PUT', '/api/v1/settings/organisation', { ...settings, name: 'Renamed Telecom Ltd' });
    try {
      expect(sha256(await pdfOf(`/api/v1/letters/${ack?.id}`))).toBe(ack?.sha256);
    } finally {
      await admin.send('PUT', '/api/v1/settings/organisation', settings);
    }
  });

  it('a letter is marked printed, then posted on a day that is not in the future; the date is on the timeline', async () => {
    const tn = await phoneComplaint(admin, {
      customer: {
        name: 'Ann Post',
        postalAddress: '1 Rue Principale, Gatineau QC',
        type: 'residential',
        province: 'QC',
      },
      preferredContact: 'post',
    });
    const letter = (await queue()).find((l) => l.trackingNumber === tn);
    expect((await admin.post(`/api/v1/letters/${letter?.id}/printed`)).body).toEqual({ status: 'printed' });
    const twice = await admin.post(`/api/v1/letters/${letter?.id}/printed`);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'LETTER_NOT_WAITING' });
    const future = await admin.post(`/api/v1/letters/${letter?.id}/posted`, { postedOn: '2026-11-21' });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ errors: [{ field: '/postedOn', code: 'dateInFuture' }] });
    const posted = await admin.post(`/api/v1/letters/${letter?.id}/posted`, { postedOn: '2026-11-20' });
    expect(posted.body).toEqual({ status: 'posted' });
    expect((await queue('posted')).find((l) => l.id === letter?.id)?.postedOn).toBe('2026-11-20');
    const events = (
      await admin.get<{ timeline: { type: string; data: { postedOn?: string } }[] }>(`/api/v1/cases/${tn}`)
    ).body.timeline;
    expect(events.find((e) => e.type === 'letter_posted')?.data.postedOn).toBe('2026-11-20');
    expect(events.map((e) => e.type)).toContain('letter_printed');
  });

  it('a letter not posted by the end of the next business day is flagged to the team, once (runs last: it moves the clock)', async () => {
    const tn = await phoneComplaint(admin, {
      customer: {
        name: 'Late Letter',
        postalAddress: '9 Bank St, Ottawa ON',
        type: 'residential',
        province: 'ON',
      },
      preferredContact: 'post',
    });
    const flags = async () =>
      (await admin.get<{ timeline: { type: string }[] }>(`/api/v1/cases/${tn}`)).body.timeline.filter(
        (e) => e.type === 'letter_not_posted',
      ).length;
    clock.advance(3 * 86_400_000 + 14 * 3_600_000 - 60_000); // Monday 23:59 in Ottawa: its business day is not over
    await server.sweep.runOnce();
    admin = await signInAs(server);
    expect(await flags()).toBe(0);
    clock.advance(2 * 60_000); // Tuesday 00:01
    await server.sweep.runOnce();
    await server.sweep.runOnce();
    admin = await signInAs(server);
    expect(await flags()).toBe(1);
  });
});
